// Editing for one request: checks the editor, validates input (shape first, then ids against
// the graph), turns it into knowledge records, and writes each edit with its audit entry in one
// transaction (session.ts), at most once per idempotency key. People and clubs (entities.ts),
// sources (sources.ts) and facts of every editable kind (facts.ts, one pipeline parametrised by
// kinds/<type>.ts) each go through one pipeline; retraction.ts and audit-trail.ts do the rest.
import { GraphQLError } from 'graphql';
import type { GraphEngine } from '../../graph/engine';
import type { CorrectClubInput, CorrectPersonInput, CorrectSourceInput, CreateClubInput, CreatePersonInput, AddSourceInput, RetractFactInput } from '../../domain/__generated__/schema-types';
import type { Editor } from '../../auth/tokens';
import type { EditResult } from '../../domain/models/audit';
import { auditTrail, type AuditPage } from './audit-trail';
import type { EditDesk } from './desk';
import { CLUB, correctEntity, createEntity, PERSON } from './entities';
import { addFact, correctFact, EDITABLE_FACTS, type EditableType, type EditInputs } from './facts';
import { claimFor, storedAnswer } from './idempotency';
import { retractFact } from './retraction';
import { EditSession } from './session';
import { addSource, correctSource } from './sources';

export type { AuditPage } from './audit-trail';

type Editable = typeof EDITABLE_FACTS;
/** addSpell, correctSpell …: one method per mutation of each editable fact kind. */
type FactMethods = { [T in EditableType as Editable[T]['add']]: (input: EditInputs[T]['add']) => Promise<EditResult> } & {
  [T in EditableType as Editable[T]['correct']]: (input: EditInputs[T]['correct']) => Promise<EditResult>;
};

/** Every editing mutation by name. */
export type EditMutation = 'createPerson' | 'correctPerson' | 'createClub' | 'correctClub' | 'addSource' | 'correctSource' | 'retractFact' | keyof FactMethods;
/** A mutation's input. */
export type EditInput<N extends EditMutation> = Parameters<EditingService[N]>[0];

// The fact methods are made from the registry in the constructor; this declares them.
export interface EditingService extends FactMethods {}

export class EditingService {
  private readonly session: EditSession;
  /** Mutations of this request run so far under the idempotency key. */
  private keyedEdits = 0;

  constructor(
    private readonly engine: GraphEngine,
    desk: EditDesk,
    readonly editor: Editor | null,
    /** Called after each committed write, so the rest of the request reads fresh data. */
    onWrite: () => void = () => undefined,
    /** The request's `Idempotency-Key` (checked), or null. */
    private readonly idempotencyKey: string | null = null,
    /** Why the request's `Idempotency-Key` was refused, if it was. */
    private readonly idempotencyKeyError: unknown = null,
  ) {
    this.session = new EditSession(engine, desk, editor, onWrite);
    const methods = this as unknown as Record<string, (input: never) => Promise<EditResult>>;
    for (const typename of Object.keys(EDITABLE_FACTS) as EditableType[]) {
      methods[EDITABLE_FACTS[typename].add] = (input: EditInputs[typeof typename]['add']) => addFact(this.session, typename, input);
      methods[EDITABLE_FACTS[typename].correct] = (input: EditInputs[typeof typename]['correct']) => correctFact(this.session, typename, input);
    }
  }

  /** Runs the mutation `name` at most once per idempotency key. */
  mutate<N extends EditMutation>(name: N, input: EditInput<N>): Promise<EditResult> {
    const method = this[name] as (input: EditInput<N>) => Promise<EditResult>;
    return this.once(name, input, () => method.call(this, input));
  }

  /**
   * Runs one mutation at most once per idempotency key (src/services/editing/idempotency.ts): a key seen
   * before gives its first answer back without writing; otherwise the edit runs and stores the key
   * with its answer in its own transaction. Without a key the edit just runs.
   */
  async once(mutation: string, input: unknown, run: () => Promise<EditResult>): Promise<EditResult> {
    if (this.idempotencyKeyError) throw this.idempotencyKeyError;
    if (this.idempotencyKey === null) return run();
    const editor = this.session.requireEditor();
    const claim = claimFor(editor.name, this.idempotencyKey, this.keyedEdits++, mutation, input);
    const earlier = await storedAnswer(this.engine, claim);
    if (earlier) return earlier;
    this.session.claim = claim;
    try {
      return await run();
    } catch (err) {
      // A request with the same key committed in between (here or in another process): its
      // answer, or the refusal of a different request under the same key.
      const raced = await storedAnswer(this.engine, claim).catch((e: unknown) => (e instanceof GraphQLError ? Promise.reject(e) : null));
      if (raced) return raced;
      throw err;
    } finally {
      this.session.claim = null;
    }
  }

  createPerson(input: CreatePersonInput): Promise<EditResult> {
    return createEntity(this.session, PERSON, input);
  }

  correctPerson(input: CorrectPersonInput): Promise<EditResult> {
    return correctEntity(this.session, PERSON, input);
  }

  createClub(input: CreateClubInput): Promise<EditResult> {
    return createEntity(this.session, CLUB, input);
  }

  correctClub(input: CorrectClubInput): Promise<EditResult> {
    return correctEntity(this.session, CLUB, input);
  }

  addSource(input: AddSourceInput): Promise<EditResult> {
    return addSource(this.session, input);
  }

  correctSource(input: CorrectSourceInput): Promise<EditResult> {
    return correctSource(this.session, input);
  }

  retractFact(input: RetractFactInput): Promise<EditResult> {
    return retractFact(this.session, input);
  }

  auditTrail(args: { subject?: string | null; editor?: string | null; first: number; offset: number }): Promise<AuditPage> {
    return auditTrail(this.session, args);
  }
}
