// Writes an import's facts: new ones created with their ABOUTs, refs copy and citations in the
// same batch; existing ones given new details and missing citations; curated facts the rows
// confirm given the rows as citations; and facts an earlier run wrote that this one no longer
// produces marked SUPERSEDED.
import type { GraphEngine } from '../../graph/engine';
import { aboutRows, factRefs } from '../../domain/refs';
import type { FactSeed } from '../../domain/types';
import { FactChecker, KnowledgeError } from '../../domain/validation';
import { ABOUT, BatchRunner, batchStep, chunks, CITATION, FACT_CREATE, FACT_UPDATE, FACT_UPDATE_STATUS, rewriteLostKeys } from '../write/bulk';
import { detailsText, factCitationRows, factRow, type CitationRow } from '../write/rows';
import { ImportError } from './errors';
import type { Attachment, ImportPlan } from './plan';
import type { Counters, ImportReport } from './report';
import { cited, citationsOf, readState, str, strs, type WriteOptions } from './stored';

/** Writes the plan's facts and attachments; returns the ids of the facts the plan holds. */
export async function writeFacts(engine: GraphEngine, runner: BatchRunner, plan: ImportPlan, options: WriteOptions, counters: Counters, report: ImportReport, sourceName: string): Promise<Set<string>> {
  const produced = new Set<string>();
  const checker = new FactChecker();
  const attachments = [...plan.attachments.values()].sort((a, b) => a.factId.localeCompare(b.factId));
  options.progress.phase(`${sourceName}: writing: facts`, plan.facts.size + attachments.length);
  let done = 0;
  const write = async (batch: FactSeed[]) => {
    await writeFactBatch(engine, runner, batch, options, counters);
    options.progress.update((done += batch.length));
  };
  const planned = new Map<string, FactSeed>();
  for (const f of plan.facts) planned.set(f.id, f);
  // Facts of this import an earlier run left without their key: deleted, then written below.
  await repairLostKeys(engine, planned, null, report, sourceName);
  let batch: FactSeed[] = [];
  for (const f of plan.facts) {
    checker.check(f);
    produced.add(f.id);
    for (const t of Object.values(f.refs).flat()) {
      if (!plan.entities.has(t)) throw new KnowledgeError(`${sourceName}: fact ${f.id} refers to ${t}, which the import does not write`, 'refs');
    }
    batch.push(f);
    if (batch.length >= options.batchSize) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
  await repairLostKeys(engine, planned, async (facts) => {
    counters.factsCreated -= facts.length; // written again, counted once
    await write(facts);
  }, report, sourceName);
  await writeAttachments(engine, runner, attachments, options, counters, report, sourceName);
  options.progress.update(plan.facts.size + attachments.length);
  return produced;
}

/** One batch: new facts with everything they need; facts already there (an earlier or an interrupted run) get new details and missing citations. */
async function writeFactBatch(engine: GraphEngine, runner: BatchRunner, batch: FactSeed[], options: WriteOptions, counters: Counters): Promise<void> {
  const state = await readState(engine, 'facts/state', batch.map((f) => f.id), options.batchSize);
  const fresh = batch.filter((f) => !state.has(f.id));
  const rows = fresh.map((f) => ({ ...factRow(f, options.now), ...factRefs(f) }));
  const cites: CitationRow[] = fresh.flatMap(factCitationRows);
  const updates: Record<string, unknown>[] = [];
  for (const f of batch) {
    const s = state.get(f.id);
    if (!s) continue;
    const details = detailsText(f.details);
    if (details !== (str(s.details) ?? null)) updates.push({ id: f.id, details, updatedAt: options.now });
    const stored = citationsOf(s);
    for (const c of factCitationRows(f)) if (!cited(stored, c)) cites.push(c);
  }
  await runner.commit([
    batchStep('facts/create-batch', rows, FACT_CREATE),
    batchStep('facts/update-batch', updates, FACT_UPDATE),
    batchStep('facts/about-batch', aboutRows(fresh), ABOUT),
    batchStep('facts/cite-batch', cites, CITATION),
  ]);
  counters.factsCreated += fresh.length;
  counters.factsUpdated += updates.length;
  counters.citationsAdded += cites.length;
}

/**
 * Facts of this import that the database lost the key of (GraphEngine.unkeyedFacts) are deleted
 * and, with `rewrite`, written again; one that still cannot be found stops the import. Lost facts
 * of other sources are reported.
 */
async function repairLostKeys(engine: GraphEngine, planned: Map<string, FactSeed>, rewrite: ((facts: FactSeed[]) => Promise<void>) | null, report: ImportReport, sourceName: string): Promise<void> {
  const lost = await rewriteLostKeys(engine, (id) => planned.has(id), rewrite && ((ids) => rewrite(ids.map((id) => planned.get(id)!))));
  if (lost.others.length > 0) report.note({ kind: 'data-warning', ids: lost.others, note: `the database lost the key of ${lost.others.length} fact(s) from another import: import their source again` });
  if (lost.still.length > 0) throw new ImportError('ENGINE_FAULT', `The database keeps losing the key of ${lost.still.length} fact(s) (${lost.still.slice(0, 3).join(', ')}); import into a new database`);
  if (lost.rewritten.length > 0) report.note({ kind: 'data-warning', ids: lost.rewritten, note: `${sourceName}: the database had lost the key of ${lost.rewritten.length} fact(s); they were deleted and written again` });
}

/** Curated facts the rows confirm: the dataset's details where the fact has none, and the rows as citations. */
async function writeAttachments(engine: GraphEngine, runner: BatchRunner, attachments: Attachment[], options: WriteOptions, counters: Counters, report: ImportReport, sourceName: string): Promise<void> {
  const state = await readState(engine, 'facts/state', attachments.map((a) => a.factId), options.batchSize);
  const updates: Record<string, unknown>[] = [];
  const cites: CitationRow[] = [];
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
    for (const c of factCitationRows({ id: a.factId, sources: a.citations })) if (!cited(storedCites, c)) cites.push(c);
    if (Object.keys(merged).length !== Object.keys(stored).length) updates.push({ id: a.factId, details: detailsText(merged), updatedAt: options.now });
    if (cites.length > before) counters.factsAttached++;
  }
  // One transaction: a curated fact's new details and its new citations go together.
  for (let i = 0; i < Math.max(updates.length, cites.length); i += options.batchSize) {
    await runner.commit([batchStep('facts/update-batch', updates.slice(i, i + options.batchSize), FACT_UPDATE), batchStep('facts/cite-batch', cites.slice(i, i + options.batchSize), CITATION)]);
  }
  counters.citationsAdded += cites.length;
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
  const stale: { id: string; updatedAt: string }[] = [];
  for (const row of await engine.read('facts/of-dataset', { dataset })) {
    const id = String(row.id);
    if (produced.has(id) || curated.has(id)) continue;
    const files = strs(row.details).flatMap((d) => [...d.matchAll(FILE_REF)].map((m) => m[1]!));
    if (files.length > 0 && files.every((f) => filesRead.has(f))) stale.push({ id, updatedAt: options.now });
  }
  for (const batch of chunks(stale.sort((a, b) => a.id.localeCompare(b.id)), options.batchSize)) {
    await runner.commit([batchStep('facts/supersede', batch, FACT_UPDATE_STATUS)]);
  }
  counters.factsSuperseded += stale.length;
}
