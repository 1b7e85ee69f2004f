// Field resolvers shared by every fact type and every entity type.
import type { GraphContext } from '../context';
import type { EntityModel } from '../models/entities';
import type { FactModel } from '../models/facts';
import { ref } from '../models/facts';

const KIND_TO_ENUM = {
  spell: 'SPELL',
  transfer: 'TRANSFER',
  tenure: 'TENURE',
  succession: 'SUCCESSION',
  relation: 'RELATIONSHIP',
  honour: 'HONOUR',
  caps: 'NATIONAL_TEAM_RECORD',
  match: 'MATCH',
  event: 'EVENT',
  qualification: 'QUALIFICATION',
  'home-ground': 'HOME_GROUND',
  squad: 'SQUAD_MEMBERSHIP',
} as const;

export const KIND_TO_TYPENAME = {
  spell: 'Spell',
  transfer: 'Transfer',
  tenure: 'Tenure',
  succession: 'Succession',
  relation: 'Relationship',
  honour: 'Honour',
  caps: 'NationalTeamRecord',
  match: 'Match',
  event: 'Event',
  qualification: 'Qualification',
  'home-ground': 'HomeGround',
  squad: 'SquadMembership',
} as const;

export const ENTITY_TYPENAME = { PERSON: 'Person', CLUB: 'Club', NATIONAL_TEAM: 'NationalTeam', STADIUM: 'Stadium' } as const;

export const factFields = {
  kind: (f: FactModel) => KIND_TO_ENUM[f.kind],
  sources: (f: FactModel, _: unknown, ctx: GraphContext) => ctx.repos.sources.citationsOf(f.id),
  confidence: (f: FactModel) => f.confidence,
};

export const entitySources = (e: EntityModel, _: unknown, ctx: GraphContext) => ctx.repos.sources.citationsOf(e.id);

/** Resolves the entity a fact refers to in `role` (null when the role is empty). */
export const entityRef = (role: string) => (f: FactModel, _: unknown, ctx: GraphContext) => {
  const id = ref(f, role);
  return id ? ctx.repos.entities.require(id) : null;
};

/** The same, for roles the schema declares non-null. */
export const requiredEntityRef = (role: string) => async (f: FactModel, _: unknown, ctx: GraphContext) => {
  const id = ref(f, role);
  if (!id) throw new Error(`Fact ${f.id} has no ${role}`);
  return ctx.repos.entities.require(id);
};

export const str = (key: string) => (f: FactModel) => {
  const v = f.details[key];
  return typeof v === 'string' ? v : null;
};

export const num = (key: string) => (f: FactModel) => {
  const v = f.details[key];
  return typeof v === 'number' ? v : null;
};
