// How a fact kind is edited: declared once, in src/services/editing/kinds/<kebab-type>.ts, for a
// kind whose add<Type> and correct<Type> mutations schema/editing.graphql declares. Codegen
// collects the declarations (../__generated__/registry.ts, npm run codegen) with their mutations,
// payload field and audit actions; ../facts.ts runs every kind through one pipeline.
import type { CitationInput, InputMaybe, ParticipantInput } from '../../../domain/__generated__/schema-types';
import type { EntityType } from '../../../domain/models/entities';
import type { FieldRules } from '../fields';
import type { InputChecker } from '../inputs';
import type { Refs } from '../records';

/** What every add input of a fact holds. */
export interface AddFactInput {
  start?: InputMaybe<string>;
  end?: InputMaybe<string>;
  sources: CitationInput[];
  reason?: InputMaybe<string>;
}

/** What every correct input of a fact holds: omitted fields keep their value, null clears. */
export interface CorrectFactInput {
  id: string;
  start?: InputMaybe<string>;
  end?: InputMaybe<string>;
  sources?: InputMaybe<CitationInput[]>;
  reason?: InputMaybe<string>;
}

/** A reference given as an id field named after its role (`person: ID!`, `team: ID`). */
export interface RoleRule {
  /** The entity types it may name. */
  types: readonly EntityType[];
  /** Every fact of the kind has it: an add requires it, a correction cannot clear it. */
  required?: true;
  /** A correction cannot change it (the correct input has no such field). */
  fixed?: true;
}

export const PERSON: RoleRule = { types: ['PERSON'] };
export const TEAM: RoleRule = { types: ['CLUB', 'NATIONAL_TEAM'] };

/** People given as a list, each with their part (relationships); a correction replaces them all. */
export interface Participants {
  /** Every reference role the list fills. */
  roles: readonly string[];
  /** The references of the list, for a fact of `type`. */
  refs(c: InputChecker, type: string, list: readonly ParticipantInput[]): Refs;
}

export interface FactEdit<A extends AddFactInput, C extends CorrectFactInput> {
  /** The input field holding the fact's type (`level`, `role`, `type`); a correction cannot clear it. */
  typeField: keyof A & string;
  /** References given as id fields, in the order they are checked. */
  roles: { [R in keyof A & string]?: RoleRule };
  /** References given as `participants`, checked before the id fields. */
  participants?: Participants;
  /** The details, by input field. */
  details: FieldRules<A & C>;
  /** The parts of a new fact's id after `fact:<kind>:` (a number is added while it is taken). */
  idParts(input: A): string[];
}

/** Declares how a kind is edited; the input types are its add and correct inputs. */
export const defineFactEdit = <A extends AddFactInput, C extends CorrectFactInput>(edit: FactEdit<A, C>): FactEdit<A, C> => edit;
