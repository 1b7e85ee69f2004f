// Writes an import plan: compares it with what the graph holds (read in batches) and writes only
// the difference, in batches of a few thousand rows, each batch in one transaction with
// everything it needs (a fact, its links and its citations together). Re-running an import
// therefore writes nothing new, and a run that was killed resumes where its last committed batch
// ended. Parameters go to the engine as columns (one list per property), which the embedded
// engine takes several times faster than lists of row objects.
import type { GraphEngine, Row, WriteStep } from '../../graph/engine';
import type { OperationName } from '../../graph/operations';
import { searchText } from '../../domain/fold';
import { parsePartialDate } from '../../domain/partial-date';
import type { Citation, FactSeed } from '../../domain/types';
import { FACT_KINDS } from '../../domain/fact-kinds';
import { KnowledgeError } from '../write/bundle';
import { aboutRows, factRefs } from '../../domain/refs';
import { ImportError } from './errors';
import type { EntityDraft, ImportPlan } from './plan';
import type { Progress } from './progress';
import type { Counters, ImportReport } from './report';

export interface WriteOptions {
  batchSize: number;
  /** Stop (as if killed) after this many committed batches: for tests and demonstrations. */
  abortAfterBatches?: number;
  /** Checkpoint the embedded engine every this many batches. */
  checkpointEvery?: number;
  now: string;
  progress: Progress;
}

export type ColumnType = 'string' | 'strings' | 'number' | 'boolean';
const WITNESS: Record<ColumnType, unknown> = { string: '', strings: [''], number: 0.5, boolean: false };

/** Rows → one list per property, each led by a typed placeholder the Cypher skips. */
export function toColumns(rows: Record<string, unknown>[], spec: Record<string, ColumnType>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [key, type] of Object.entries(spec)) {
    const col: unknown[] = new Array(rows.length + 1);
    col[0] = WITNESS[type];
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![key];
      col[i + 1] = v === undefined ? (type === 'strings' ? [] : null) : v;
    }
    out[key] = col;
  }
  return out;
}

const ENTITY_CREATE = { id: 'string', type: 'string', name: 'string', shortName: 'string', aliases: 'strings', city: 'string', country: 'string', birthText: 'string', birthPrecision: 'string', nationalities: 'strings', positions: 'strings', searchText: 'string', details: 'string', updatedAt: 'string' } as const;
const ENTITY_UPDATE = { id: 'string', aliases: 'strings', searchText: 'string', city: 'string', country: 'string', nationalities: 'strings', positions: 'strings', birthText: 'string', birthPrecision: 'string', updatedAt: 'string' } as const;
const CITATION = { holder: 'string', source: 'string', detail: 'string', confidence: 'number' } as const;
/** Columns of facts/create-batch and facts/about-batch (rows: factRefs and aboutRows). */
export const FACT_CREATE = { id: 'string', kind: 'string', type: 'string', startText: 'string', startPrecision: 'string', startLo: 'string', endText: 'string', endPrecision: 'string', endHi: 'string', details: 'string', confidence: 'number', updatedAt: 'string', refs: 'string' } as const;
const FACT_UPDATE = { id: 'string', details: 'string', updatedAt: 'string' } as const;
export const ABOUT = { fact: 'string', target: 'string', role: 'string', kind: 'string' } as const;
const FACT_UPDATE_STATUS = { id: 'string', updatedAt: 'string' } as const;

function step(op: OperationName, rows: Record<string, unknown>[], spec: Record<string, ColumnType>): WriteStep | null {
  return rows.length === 0 ? null : { op, params: toColumns(rows, spec) };
}

const json = (v: Record<string, unknown> | undefined) => (v && Object.keys(v).length > 0 ? JSON.stringify(v) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface StoredCitation {
  source: string;
  detail: string;
  confidence: number | null;
}

function citationsOf(row: Row): StoredCitation[] {
  const list = Array.isArray(row.citations) ? row.citations : [];
  return list
    .map((c) => c as Record<string, unknown>)
    .filter((c) => typeof c.source === 'string')
    .map((c) => ({ source: c.source as string, detail: str(c.detail) ?? '', confidence: typeof c.confidence === 'number' ? c.confidence : null }));
}

/** Commits batches one by one; stops on purpose after `abortAfterBatches`. */
export class BatchRunner {
  committed = 0;
  constructor(
    private readonly engine: GraphEngine,
    private readonly options: Pick<WriteOptions, 'abortAfterBatches' | 'checkpointEvery'>,
  ) {}

  async commit(steps: (WriteStep | null)[]): Promise<void> {
    const real = steps.filter((s): s is WriteStep => s !== null);
    if (real.length === 0) return;
    if (this.options.abortAfterBatches !== undefined && this.committed >= this.options.abortAfterBatches) {
      throw new ImportError('ABORTED', `stopped after ${this.committed} committed batches as asked (--abort-after-batches); run the import again to finish`);
    }
    await this.engine.writeAll(real);
    this.committed++;
    // Each engine's form of system/checkpoint says what it does there (a no-op on Neo4j).
    if (this.options.checkpointEvery && this.committed % this.options.checkpointEvery === 0) {
      await this.engine.write('system/checkpoint');
    }
  }
}

async function readState(engine: GraphEngine, op: 'entities/state' | 'facts/state', ids: string[], size: number): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const chunk of chunks(ids, size)) for (const row of await engine.read(op, { ids: chunk })) out.set(String(row.key), row);
  return out;
}

function dateColumns(text: string | undefined, end: boolean) {
  if (!text) return end ? { endText: null, endPrecision: null, endHi: null } : { startText: null, startPrecision: null, startLo: null };
  const d = parsePartialDate(text);
  return end ? { endText: d.text, endPrecision: d.precision, endHi: d.hi } : { startText: d.text, startPrecision: d.precision, startLo: d.lo };
}

/**
 * The contract of each fact kind (refs and details). Importers produce a few shapes over and over,
 * so the full check runs once per shape (kind, type, roles, detail keys and value types) and
 * every fact gets the cheap structural checks.
 */
export class FactChecker {
  private readonly shapes = new Set<string>();

  check(f: FactSeed): void {
    if (!/^fact:[a-z0-9\-:.]+$/.test(f.id)) throw new KnowledgeError(`Fact id ${f.id} is malformed`, 'id');
    if (!f.sources || f.sources.length === 0) throw new KnowledgeError(`Fact ${f.id} has no source`, 'sources');
    for (const [role, t] of Object.entries(f.refs)) {
      for (const id of Array.isArray(t) ? t : [t]) if (typeof id !== 'string' || id === '') throw new KnowledgeError(`Fact ${f.id} has an empty ${role}`, `refs.${role}`);
    }
    if (f.start && f.end && parsePartialDate(f.start).lo > parsePartialDate(f.end).hi) throw new KnowledgeError(`Fact ${f.id} ends before it starts`, 'end');
    const details = (f.details ?? {}) as Record<string, unknown>;
    let shape = `${f.kind}|${f.type ?? ''}|${Object.keys(f.refs).sort().join(',')}|`;
    for (const k of Object.keys(details).sort()) {
      const v = details[k];
      shape += `${k}:${typeof v === 'number' ? (Number.isInteger(v) ? (v < 0 ? 'neg' : 'int') : v < 0 ? 'neg' : 'float') : typeof v === 'string' && k !== 'note' && k !== 'fromName' && k !== 'toName' && k !== 'tournament' ? `s=${v}` : typeof v},`;
    }
    if (this.shapes.has(shape)) return;
    const contract = FACT_KINDS[f.kind];
    for (const [field, schema, value] of [
      ['type', contract.types, f.type],
      ['refs', contract.refs.strict(), f.refs],
      ['details', contract.details.strict(), details],
    ] as const) {
      const r = (schema as { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }).safeParse(value);
      if (!r.success) {
        const issue = r.error!.issues[0]!;
        throw new KnowledgeError(`Fact ${f.id} (${f.kind}): ${[field, ...issue.path.map(String)].join('.')}: ${issue.message}`, field);
      }
    }
    this.shapes.add(shape);
  }
}

export async function writeEntities(engine: GraphEngine, runner: BatchRunner, drafts: EntityDraft[], dataset: string, options: WriteOptions, counters: Counters, sourceName: string): Promise<void> {
  const ids = drafts.map((d) => d.id);
  options.progress.phase(`${sourceName}: writing: entities`, drafts.length);
  const state = await readState(engine, 'entities/state', ids, options.batchSize);
  const creates: Record<string, unknown>[] = [];
  const createCites: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const mergeCites: Record<string, unknown>[] = [];
  const recites: Record<string, unknown>[] = [];
  const cite = (holder: string, c: Citation) => ({ holder, source: c.source, detail: c.detail ?? '', confidence: c.confidence ?? 1 });
  for (const d of drafts) {
    if (!/^(person|club|nt|stadium):[a-z0-9-]+$/.test(d.id)) throw new KnowledgeError(`Entity id ${d.id} is malformed`, 'id');
    const s = state.get(d.id);
    if (!s) {
      const aliases = [...new Set(d.spellings.filter((x) => x !== d.name))];
      const birth = d.birth ? parsePartialDate(d.birth) : null;
      creates.push({
        id: d.id, type: d.type, name: d.name, shortName: d.shortName ?? null, aliases, city: d.city ?? null, country: d.country ?? null,
        birthText: birth?.text ?? null, birthPrecision: birth?.precision ?? null, nationalities: d.nationalities ?? [], positions: d.positions ?? [],
        searchText: searchText([d.name, d.shortName, ...aliases]), details: json(d.details), updatedAt: options.now,
      });
      createCites.push(cite(d.id, d.citation));
      counters.entitiesCreated++;
      continue;
    }
    const cites = citationsOf(s);
    const owned = cites.length > 0 && cites.every((c) => c.source === dataset);
    if (!owned) counters.entitiesMerged++;
    // Merge: spellings added, empty fields filled; a curated entity's own fields never change.
    const names = [s.name, s.fullName, s.shortName, s.nameNl, s.nameFr, s.nameEn].map(str).filter((x): x is string => x !== null);
    const aliases = strs(s.aliases);
    const added = d.spellings.filter((x) => !names.includes(x) && !aliases.includes(x));
    const nextAliases = [...aliases, ...new Set(added)];
    const nationalities = strs(s.nationalities).length > 0 ? strs(s.nationalities) : (d.nationalities ?? []);
    const positions = strs(s.positions).length > 0 ? strs(s.positions) : (d.positions ?? []);
    let birthText = str(s.birthText);
    if (!birthText && d.birth) birthText = d.birth;
    else if (birthText && d.merge?.refineBirth && !d.merge.curated) {
      // A day from a dataset that records it beats a range narrowed from ages (the link agreed with it).
      if (parsePartialDate(birthText).precision === 'RANGE') birthText = d.merge.refineBirth;
    }
    const city = str(s.city) ?? d.city ?? null;
    const country = str(s.country) ?? d.country ?? null;
    const changed =
      added.length > 0 || birthText !== str(s.birthText) || city !== str(s.city) || country !== str(s.country) ||
      nationalities.join('|') !== strs(s.nationalities).join('|') || positions.join('|') !== strs(s.positions).join('|');
    if (changed) {
      const birth = birthText ? parsePartialDate(birthText) : null;
      updates.push({
        id: d.id, aliases: nextAliases, city, country, nationalities, positions, birthText: birth?.text ?? null, birthPrecision: birth?.precision ?? null,
        searchText: searchText([...names, ...strs(s.nicknames), ...nextAliases]), updatedAt: options.now,
      });
    }
    const mine = cites.filter((c) => c.source === d.citation.source);
    const want = cite(d.id, d.citation);
    if (mine.length === 0) mergeCites.push(want);
    else if (!mine.some((c) => c.detail === want.detail && c.confidence === want.confidence)) recites.push(want);
  }
  let done = 0;
  for (const [rows, cites] of pairChunks(creates, createCites, options.batchSize)) {
    await runner.commit([step('entities/create-batch', rows, ENTITY_CREATE), step('entities/cite-batch', cites, CITATION)]);
    options.progress.update((done += rows.length));
  }
  // An entity's merged fields and its citation go in one transaction: a link and its evidence
  // are never half written.
  const byEntity = new Map<string, { update?: Record<string, unknown>; cite?: Record<string, unknown>; recite?: Record<string, unknown> }>();
  for (const u of updates) byEntity.set(String(u.id), { update: u });
  for (const c of mergeCites) byEntity.set(String(c.holder), { ...byEntity.get(String(c.holder)), cite: c });
  for (const c of recites) byEntity.set(String(c.holder), { ...byEntity.get(String(c.holder)), recite: c });
  for (const batch of chunks([...byEntity.entries()].sort((a, b) => a[0].localeCompare(b[0])), options.batchSize)) {
    await runner.commit([
      step('entities/update-batch', batch.flatMap(([, e]) => (e.update ? [e.update] : [])), ENTITY_UPDATE),
      step('entities/cite-batch', batch.flatMap(([, e]) => (e.cite ? [e.cite] : [])), CITATION),
      step('entities/recite-batch', batch.flatMap(([, e]) => (e.recite ? [e.recite] : [])), CITATION),
    ]);
  }
  counters.citationsAdded += createCites.length + mergeCites.length;
  options.progress.update(drafts.length);
}

/** Chunks two parallel lists (rows and their citations, one each) the same way. */
function pairChunks<A, B>(a: A[], b: B[], size: number): [A[], B[]][] {
  const out: [A[], B[]][] = [];
  for (let i = 0; i < a.length; i += size) out.push([a.slice(i, i + size), b.slice(i, i + size)]);
  return out;
}

/** Writes the plan's facts and attachments; returns the ids of the facts the plan holds. */
export async function writeFacts(engine: GraphEngine, runner: BatchRunner, plan: ImportPlan, options: WriteOptions, counters: Counters, report: ImportReport, sourceName: string): Promise<Set<string>> {
  const produced = new Set<string>();
  const checker = new FactChecker();
  const attachments = [...plan.attachments.values()].sort((a, b) => a.factId.localeCompare(b.factId));
  options.progress.phase(`${sourceName}: writing: facts`, plan.facts.size + attachments.length);
  const cite = (holder: string, c: Citation) => ({ holder, source: c.source, detail: c.detail ?? '', confidence: c.confidence ?? 1 });
  let done = 0;
  let batch: FactSeed[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const state = await readState(engine, 'facts/state', batch.map((f) => f.id), options.batchSize);
    const fresh = batch.filter((f) => !state.has(f.id));
    // New facts, each written with its links and citations in the same batch.
    const rows = fresh.map((f) => ({
      id: f.id, kind: f.kind, type: f.type ?? null, ...dateColumns(f.start, false), ...dateColumns(f.end, true),
      details: json(f.details as Record<string, unknown>), confidence: f.confidence ?? 1, updatedAt: options.now, ...factRefs(f),
    }));
    const about = aboutRows(fresh);
    const cites = fresh.flatMap((f) => dedupe(f.sources).map((c) => cite(f.id, c)));
    // Facts already there (an earlier or an interrupted run): new details and missing citations.
    const updates: Record<string, unknown>[] = [];
    for (const f of batch) {
      const s = state.get(f.id);
      if (!s) continue;
      const details = json(f.details as Record<string, unknown>);
      if (details !== (str(s.details) ?? null)) updates.push({ id: f.id, details, updatedAt: options.now });
      const stored = citationsOf(s);
      for (const c of dedupe(f.sources)) if (!stored.some((x) => x.source === c.source && x.detail === (c.detail ?? ''))) cites.push(cite(f.id, c));
    }
    await runner.commit([step('facts/create-batch', rows, FACT_CREATE), step('facts/update-batch', updates, FACT_UPDATE), step('facts/about-batch', about, ABOUT), step('facts/cite-batch', cites, CITATION)]);
    counters.factsCreated += fresh.length;
    counters.factsUpdated += updates.length;
    counters.citationsAdded += cites.length;
    options.progress.update((done += batch.length));
    batch = [];
  };
  const planned = new Map<string, FactSeed>();
  for (const f of plan.facts) planned.set(f.id, f);
  // Facts of this import an earlier run left without their key: deleted, then written below.
  await repairLostKeys(engine, planned, null, report, sourceName);
  for (const f of plan.facts) {
    checker.check(f);
    produced.add(f.id);
    for (const t of Object.values(f.refs).flat()) {
      if (!plan.entities.has(t)) throw new KnowledgeError(`${sourceName}: fact ${f.id} refers to ${t}, which the import does not write`, 'refs');
    }
    batch.push(f);
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  await repairLostKeys(engine, planned, async (facts) => {
    counters.factsCreated -= facts.length; // written again, counted once
    batch = facts;
    await flush();
  }, report, sourceName);

  // Curated facts the rows confirm: the dataset's details where the fact has none, and the rows as citations.
  const state = await readState(engine, 'facts/state', attachments.map((a) => a.factId), options.batchSize);
  const updates: Record<string, unknown>[] = [];
  const cites: Record<string, unknown>[] = [];
  for (const a of attachments) {
    const s = state.get(a.factId);
    if (!s) {
      report.note({ kind: 'data-warning', ids: [a.factId], note: `${sourceName}: rows confirm a curated fact that is no longer in the graph; not attached` });
      continue;
    }
    let stored: Record<string, unknown> = {};
    try {
      stored = str(s.details) ? (JSON.parse(str(s.details)!) as Record<string, unknown>) : {};
    } catch {
      stored = {};
    }
    const merged = { ...stored };
    for (const [k, v] of Object.entries(a.details)) if (!(k in merged)) merged[k] = v;
    const before = cites.length;
    const storedCites = citationsOf(s);
    for (const c of dedupe(a.citations)) if (!storedCites.some((x) => x.source === c.source && x.detail === (c.detail ?? ''))) cites.push(cite(a.factId, c));
    if (Object.keys(merged).length !== Object.keys(stored).length) updates.push({ id: a.factId, details: json(merged), updatedAt: options.now });
    if (cites.length > before) counters.factsAttached++;
  }
  // One transaction: a curated fact's new details and its new citations go together.
  for (let i = 0; i < Math.max(updates.length, cites.length); i += options.batchSize) {
    await runner.commit([step('facts/update-batch', updates.slice(i, i + options.batchSize), FACT_UPDATE), step('facts/cite-batch', cites.slice(i, i + options.batchSize), CITATION)]);
  }
  counters.citationsAdded += cites.length;
  options.progress.update(plan.facts.size + attachments.length);
  return produced;
}

/**
 * The embedded engine (LadybugDB 0.19.1) sometimes loses the key of a fact it has just created:
 * the fact is stored but no lookup by id finds it, so its links and citations were not written
 * either (seen for one fact in about one full import in three). Facts of this import that lost
 * their key are deleted and, with `rewrite`, written again; one
 * that still cannot be found stops the import with an error. Lost facts of other sources are
 * reported.
 */
async function repairLostKeys(engine: GraphEngine, planned: Map<string, FactSeed>, rewrite: ((facts: FactSeed[]) => Promise<void>) | null, report: ImportReport, sourceName: string): Promise<void> {
  const lost = async (): Promise<string[]> => {
    const [check] = await engine.read('facts/key-check');
    if (!check || Number(check.total) === Number(check.keyed)) return [];
    const [[row], [keyedRow]] = [await engine.read('facts/ids'), await engine.read('facts/ids-keyed')];
    const keyed = new Map<string, number>();
    for (const id of (keyedRow?.keyed as string[] | undefined) ?? []) keyed.set(id, (keyed.get(id) ?? 0) + 1);
    const out = new Set<string>();
    for (const id of (row?.ids as string[] | undefined) ?? []) {
      const n = keyed.get(id) ?? 0;
      if (n === 0) out.add(id);
      else keyed.set(id, n - 1);
    }
    return [...out];
  };
  const ids = await lost();
  if (ids.length === 0) return;
  const mine = ids.filter((id) => planned.has(id));
  const others = ids.filter((id) => !planned.has(id));
  if (others.length > 0) report.note({ kind: 'data-warning', ids: others, note: `the database lost the key of ${others.length} fact(s) from another import: import their source again` });
  if (mine.length === 0) return;
  await engine.write('facts/delete-unkeyed', { ids: mine });
  if (rewrite) await rewrite(mine.map((id) => planned.get(id)!));
  const still = (await lost()).filter((id) => planned.has(id));
  if (still.length > 0) throw new ImportError('ENGINE_FAULT', `The database keeps losing the key of ${still.length} fact(s) (${still.slice(0, 3).join(', ')}); import into a new database`);
  report.note({ kind: 'data-warning', ids: mine, note: `${sourceName}: the database had lost the key of ${mine.length} fact(s); they were deleted and written again` });
}

const FILE_REF = /([\w./-]+\.(?:csv|txt))#L\d+/g;

/**
 * Facts this dataset wrote in an earlier run that this run, reading the same files, no longer
 * produces (the resolution, the data or the curated knowledge changed: e.g. a curated transfer now
 * takes the rows) are marked SUPERSEDED. Facts also backed by a curated source, or citing files
 * this run did not read, are left alone.
 */
export async function supersedeStale(engine: GraphEngine, runner: BatchRunner, dataset: string, produced: Set<string>, filesRead: Set<string>, options: WriteOptions, counters: Counters): Promise<void> {
  const curated = new Set((await engine.read('facts/curated-ids')).map((r) => String(r.id)));
  const stale: Record<string, unknown>[] = [];
  for (const row of await engine.read('facts/of-dataset', { dataset })) {
    const id = String(row.id);
    if (produced.has(id) || curated.has(id)) continue;
    const files = strs(row.details).flatMap((d) => [...d.matchAll(FILE_REF)].map((m) => m[1]!));
    if (files.length > 0 && files.every((f) => filesRead.has(f))) stale.push({ id, updatedAt: options.now });
  }
  for (const batch of chunks(stale.sort((a, b) => String(a.id).localeCompare(String(b.id))), options.batchSize)) {
    await runner.commit([step('facts/supersede', batch, FACT_UPDATE_STATUS)]);
  }
  counters.factsSuperseded += stale.length;
}

function dedupe(cites: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cites.filter((c) => {
    const k = `${c.source}\u0000${c.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
