// What every edit of one request shares: the editor, the reads that check input against the graph,
// the knowledge model's validation, and the commit that writes an edit's records with its audit
// entry, its derived squads and links and its idempotency key in one transaction
// (src/services/write/bundle.ts bundleSteps).
import { randomBytes } from 'node:crypto';
import type { GraphEngine, WriteStep } from '../../graph/engine';
import type { EditAction } from '../../domain/__generated__/schema-types';
import type { Editor } from '../../auth/tokens';
import { badUserInput, serviceUnavailable, unauthenticated } from '../../errors';
import { bundleSteps } from '../write/bundle';
import { KnowledgeError, validateBundle } from '../../domain/validation';
import type { Citation, FactSeed, KnowledgeBundle } from '../../domain/types';
import type { EntityModel, EntityType } from '../../domain/models/entities';
import type { FactModel } from '../../domain/models/facts';
import type { SourceModel } from '../../domain/models/sources';
import type { AuditEntryModel, EditResult } from '../../domain/models/audit';
import { toCitation, toEntity, toFact, toSource } from '../../repositories/rows';
import { derivedUpdateSteps, plannerFact } from '../derived/update';
import { STALE_KEY, type EditDesk } from './desk';
import { claimStep, type IdempotencyClaim } from './idempotency';
import type { InputChecker } from './inputs';
import { citationOf, factRecord, factSeedOf } from './records';

type ParsedBundle = ReturnType<typeof validateBundle>;

/** A fact as the database holds it before an edit (null: new) and as the edit writes it (null: retracted). */
export interface FactChange {
  before: FactSeed | null;
  after: FactSeed | null;
}

/** What the audit entry of an edit records. */
export interface EditRecord {
  action: EditAction;
  subjectId: string;
  reason: string | null;
  /** The record before the edit (null: it creates it) and after it, written as JSON. */
  before: unknown;
  after: unknown;
}

/** An id an input names, the field that named it, and the entity types it may be. */
export interface EntityCheck {
  field: string;
  id: string;
  types: readonly EntityType[];
}

export class EditSession {
  /** The running mutation's idempotency claim (src/services/editing/idempotency.ts), if it has one. */
  claim: IdempotencyClaim | null = null;

  constructor(
    readonly engine: GraphEngine,
    readonly desk: EditDesk,
    private readonly editor: Editor | null,
    /** Called after each committed write, so the rest of the request reads fresh data. */
    private readonly onWrite: () => void,
  ) {}

  requireEditor(): Editor {
    if (!this.editor) throw unauthenticated();
    if (!this.desk.accepting) throw serviceUnavailable();
    return this.editor;
  }

  /** The knowledge model's last word on a bundle, as BAD_USER_INPUT naming the input field. */
  validate(bundle: KnowledgeBundle, known: Set<string>): ParsedBundle {
    try {
      return validateBundle(bundle, { has: (id) => known.has(id) });
    } catch (err) {
      if (err instanceof KnowledgeError) {
        // Input was checked field by field before; this is the knowledge model's last word.
        const field = `input.${(err.field ?? '').replace(/^(refs|details)\./, '').split('.')[0] || 'id'}`;
        throw badUserInput(`${field}: ${err.message}`, field);
      }
      throw err;
    }
  }

  /**
   * Writes the edit in one transaction: `first` (given the edit's time), the records, the audit
   * entry, the derived squads and links a fact change needs, and the idempotency key.
   */
  async commit(editor: Editor, edit: EditRecord, records: ParsedBundle | null, first: (at: string) => WriteStep[], derived: FactChange | null = null): Promise<EditResult> {
    const at = this.desk.timestamp();
    const audit = this.auditEntry(editor, edit, at);
    const update = derived ? await this.derivedSteps(derived, audit.id) : { steps: [], rebuild: false };
    await this.engine.writeAll([
      ...first(at),
      ...(records ? bundleSteps(records, at) : []),
      { op: 'audit/record', params: { rows: [audit] } },
      ...update.steps,
      ...(this.claim ? [claimStep(this.claim, { id: edit.subjectId, audit })] : []),
    ]);
    this.desk.committed(audit);
    this.onWrite();
    return { id: edit.subjectId, audit, ...(update.rebuild ? { rebuild: true } : {}) };
  }

  /** Validates and writes a new fact (`current` null) or a corrected one, replacing its edges. */
  async commitFact(editor: Editor, action: EditAction, next: FactSeed, current: FactSeed | null, reason: string | null, known: Set<string>): Promise<EditResult> {
    const parsed = this.validate({ sources: [], entities: [], facts: [next] }, known);
    const edit = { action, subjectId: next.id, reason, before: current && factRecord(current, 'ACTIVE'), after: factRecord(next, 'ACTIVE') };
    const unlink: WriteStep[] = [
      { op: 'facts/unlink', params: { ids: [next.id] } },
      { op: 'facts/uncite', params: { ids: [next.id] } },
    ];
    return this.commit(editor, edit, parsed, () => (current ? unlink : []), { before: current, after: next });
  }

  private auditEntry(editor: Editor, edit: EditRecord, at: string): AuditEntryModel {
    const json = (record: unknown) => (record === null ? null : JSON.stringify(record));
    return { id: this.desk.auditId(at), at, editor: editor.name, action: edit.action, subjectId: edit.subjectId, reason: edit.reason, before: json(edit.before), after: json(edit.after) };
  }

  /**
   * The derived squads and links the change needs, written in the edit's own transaction. Should
   * they fail to plan (a read failed), the edit marks derived data stale instead and its answer
   * waits for a full rebuild, as every edit did before.
   */
  private async derivedSteps(change: FactChange, auditId: string): Promise<{ steps: WriteStep[]; rebuild: boolean }> {
    try {
      return { steps: await derivedUpdateSteps(this.engine, change.before && plannerFact(change.before), change.after && plannerFact(change.after)), rebuild: false };
    } catch (err) {
      this.desk.log.error({ err, audit: auditId }, 'planning the derived update of an edit failed; marking derived data stale for a full rebuild');
      return { steps: [{ op: 'meta/set', params: { rows: [{ key: STALE_KEY, value: auditId }] } }], rebuild: true };
    }
  }

  /**
   * Runs a fact edit under the edit lock; its derived squads and links are written with it. Only
   * when they could not be planned does it wait (outside the lock, so the next edit need not) for
   * a full rebuild. The edit is committed either way: when every rebuild attempt failed, the data
   * stays marked stale (the answer's `extensions.derived` and /health say so) and the desk
   * retries in the background.
   */
  async factEdit(work: () => Promise<EditResult>): Promise<EditResult> {
    const { rebuild, ...result } = await this.desk.exclusive(work);
    if (rebuild) await this.desk.rebuildDerived();
    return result;
  }

  async entities(ids: string[]): Promise<Map<string, EntityModel>> {
    return this.byId('entities/by-ids', ids, toEntity);
  }

  async sources(ids: string[]): Promise<Map<string, SourceModel>> {
    return this.byId('sources/by-ids', ids, toSource);
  }

  private async byId<T>(op: 'entities/by-ids' | 'sources/by-ids', ids: string[], parse: (row: Record<string, unknown>) => T): Promise<Map<string, T>> {
    const rows = await this.engine.read(op, { ids: [...new Set(ids)] });
    const out = new Map<string, T>();
    for (const r of rows) if (r.id !== null && r.id !== undefined) out.set(String(r.id), parse(r));
    return out;
  }

  async citations(kind: 'fact' | 'entity', id: string): Promise<Citation[]> {
    const rows = await this.engine.read(kind === 'fact' ? 'facts/citations' : 'entities/citations', { ids: [id] });
    return rows
      .map((r) => toCitation(r))
      .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || (a.detail ?? '').localeCompare(b.detail ?? ''))
      .map(citationOf);
  }

  /** Every id names an entity of one of its types. */
  async checkEntities(c: InputChecker, refs: readonly EntityCheck[]): Promise<void> {
    if (refs.length === 0) return;
    const found = await this.entities(refs.map((r) => r.id));
    for (const r of refs) {
      const e = found.get(r.id);
      const what = r.types.map((t) => t.toLowerCase().replace('_', ' ')).join(' or ');
      if (!e) c.fail(r.field, `no ${what} with id ${r.id}`);
      if (!r.types.includes(e.type)) c.fail(r.field, `${r.id} is a ${e.type.toLowerCase().replace('_', ' ')}, not a ${what}`);
    }
  }

  /** Every cited source must exist; returns their ids for validateBundle. */
  async checkSources(c: InputChecker, field: string, citations: readonly Citation[]): Promise<Set<string>> {
    const found = await this.sources(citations.map((s) => s.source));
    citations.forEach((s, i) => {
      if (!found.has(s.source)) c.fail(`${field}[${i}].source`, `no source ${s.source}; add it first with addSource`);
    });
    return new Set(found.keys());
  }

  /** The fact as it stands, when it exists, is active and is of `kind` (any kind when null). */
  async activeFact(c: InputChecker, id: string, kind: FactModel['kind'] | null, retracted = 'is retracted; add a new fact instead'): Promise<FactSeed> {
    const [state] = await this.engine.read('facts/edit-state', { ids: [id] });
    if (!state || state.id === null) c.fail('id', `no fact with id ${id}`);
    if (state.status !== 'ACTIVE') c.fail('id', `${id} ${retracted}`);
    const fact = toFact(state);
    if (kind && fact.kind !== kind) c.fail('id', `${id} is a ${fact.kind}, not a ${kind}`);
    return factSeedOf(fact, await this.citations('fact', id));
  }

  /** `base`, or `base:2` … `base:20`, or `base:<random>`, whichever is not taken (retracted facts keep their ids). */
  async freeFactId(base: string): Promise<string> {
    let candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}:${i + 2}`)];
    for (let round = 0; round < 5; round++) {
      const rows = await this.engine.read('facts/edit-state', { ids: candidates });
      const taken = new Set(rows.filter((r) => r.id !== null).map((r) => String(r.id)));
      const free = candidates.find((id) => !taken.has(id));
      if (free) return free;
      candidates = Array.from({ length: 5 }, () => `${base}:${randomBytes(4).toString('hex')}`);
    }
    throw new Error(`No free fact id for ${base}`);
  }
}
