// Runs an import: makes sure the curated knowledge is in the graph (imports merge into it), reads
// and plans each dataset, writes the difference, rebuilds the derived squads and links, and
// leaves a rejects file, a review file and a summary.
import fs from 'node:fs';
import path from 'node:path';
import type { GraphEngine } from '../../graph/engine';
import { rebuildDerived } from '../derived/rebuild';
import { seedCurated } from '../write/seed';
import { writeBundle } from '../write/bundle';
import { DATASET, DATASET_SOURCES, type DatasetKey } from '../../knowledge/datasets';
import { ImportError } from './errors';
import { planClubs, readClubFiles } from './openfootball';
import type { ImportPlan } from './plan';
import { silentProgress, type Progress } from './progress';
import { loadCuratedFacts, loadEntities } from './registry';
import { emptyCounters, ImportReport, type Counters } from './report';
import { planTransfers, readTransfers } from './transfers';
import { BatchRunner } from '../write/bulk';
import type { WriteOptions } from './stored';
import { writeEntities } from './write-entities';
import { supersedeStale, writeFacts } from './write-facts';
import { planWorldCup, readWorldCup, WORLDCUP_FILES } from './worldcup';
import { planResults, readResults } from './results';
import { toFact } from '../../repositories/rows';

/**
 * WAL size between checkpoints during an import, in MB, unless DB_CHECKPOINT_MB is set: the
 * importer is the database's only user. 48 took the full import from ~61 s to ~53 s; 128 filled
 * the 256 MB buffer pool.
 */
export const IMPORT_CHECKPOINT_MB = 48;

export type ImportSource = DatasetKey | 'all';

/** Meta key set while an import may have changed facts the derived squads and links do not show yet. */
export const DERIVED_STALE_KEY = 'import:derived-stale';
export const SOURCES: readonly ImportSource[] = ['transfers', 'clubs', 'worldcup', 'results', 'all'];

export interface ImportOptions {
  source: ImportSource;
  path: string;
  /** Where rejects.csv, review.jsonl and summary.json go; nothing is written when null. */
  reportDir?: string | null;
  batchSize?: number;
  abortAfterBatches?: number;
  progress?: Progress;
  /** Seed the curated knowledge first (default true): imported rows attach to curated facts. */
  seed?: boolean;
  /** Rebuild derived squads and links at the end (default true). */
  derive?: boolean;
}

export interface SourceSummary extends Counters {
  source: DatasetKey;
  path: string;
  files: number;
  ms: number;
  /** Results: the club entities the data's names were resolved to. */
  clubsResolved?: number;
}

export interface ImportSummary {
  source: ImportSource;
  sources: SourceSummary[];
  totals: Counters;
  derived: { squads: number; links: number; ms: number } | null;
  rejectsFile: string | null;
  reviewFile: string | null;
  ms: number;
  batches: number;
}

/** Where each dataset lives under the directory given to `all`. */
const ALL_LAYOUT: [DatasetKey, string][] = [
  ['clubs', 'openfootball-clubs'],
  ['transfers', 'transfermarkt-transfers'],
  ['worldcup', 'worldcup'],
  // After the clubs and transfers: its short names resolve to the clubs those created.
  ['results', 'belgian-league-results'],
];

export async function runImport(engine: GraphEngine, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const progress = options.progress ?? silentProgress;
  if (!fs.existsSync(options.path)) throw new ImportError('INPUT_NOT_FOUND', `${options.path} does not exist`);
  const jobs: [DatasetKey, string][] =
    options.source === 'all'
      ? ALL_LAYOUT.map(([k, dir]) => {
          const p = path.join(options.path, dir);
          if (!fs.existsSync(p)) throw new ImportError('INPUT_NOT_FOUND', `${p} does not exist (\`all\` expects ${ALL_LAYOUT.map(([, d]) => d).join(', ')} under ${options.path})`);
          return [k, p];
        })
      : [[options.source, options.path]];
  const report = new ImportReport();
  const now = new Date().toISOString();
  const runner = new BatchRunner(engine, {
    abortAfterBatches: options.abortAfterBatches,
    checkpointEvery: 20,
    aborted: (n) => new ImportError('ABORTED', `stopped after ${n} committed batches as asked (--abort-after-batches); run the import again to finish`),
  });
  const writeOptions: WriteOptions = { batchSize: options.batchSize ?? 5000, now, progress };
  if (options.seed !== false) await seedCurated(engine);
  // Squads and links are rebuilt after an import that wrote anything, or after one that stopped
  // before rebuilding them (the mark below stays until a rebuild clears it).
  const [mark] = await engine.read('meta/read', { keys: [DERIVED_STALE_KEY] });
  const staleBefore = typeof mark?.value === 'string' && mark.value !== '';
  const sources: SourceSummary[] = [];
  let failure: unknown = null;
  try {
    for (const [key, dir] of jobs) {
      const t0 = Date.now();
      const counters = emptyCounters();
      const rejectsBefore = report.rejects.length;
      const reviewBefore = report.review.length;
      await writeBundle(engine, { sources: [DATASET_SOURCES[key]], entities: [], facts: [] });
      await engine.write('meta/set', { rows: [{ key: DERIVED_STALE_KEY, value: now }] });
      let plan: ImportPlan;
      let files = 0;
      let filesRead = new Set<string>();
      let clubsResolved: number | undefined;
      if (key === 'clubs') {
        const read = await readClubFiles(dir, report, progress);
        files = read.files;
        counters.rowsRead = read.read;
        plan = planClubs(read.entries, await loadEntities(engine, 'CLUB'), report);
      } else if (key === 'transfers') {
        const read = await readTransfers(dir, report, progress);
        files = read.files;
        filesRead = read.names;
        counters.rowsRead = read.read;
        const [clubs, people, curated] = await Promise.all([loadEntities(engine, 'CLUB'), loadEntities(engine, 'PERSON'), loadCuratedFacts(engine)]);
        plan = planTransfers(read.rows, { clubs, people, curated, report }, progress);
        read.rows.length = 0;
      } else if (key === 'results') {
        const read = await readResults(dir, report, progress);
        files = read.files;
        filesRead = read.names;
        counters.rowsRead = read.read;
        const [clubs, curatedMatches] = await Promise.all([loadEntities(engine, 'CLUB'), engine.read('facts/curated-matches')]);
        const planned = planResults(read, { clubs, curatedMatches: curatedMatches.map(toFact), report });
        plan = planned;
        clubsResolved = planned.clubsResolved;
        read.rows.length = 0;
      } else {
        const read = await readWorldCup(dir, report, progress);
        files = Object.keys(read.tables).length;
        filesRead = WORLDCUP_FILES;
        counters.rowsRead = read.read;
        const [people, teams] = await Promise.all([loadEntities(engine, 'PERSON'), loadEntities(engine, 'NATIONAL_TEAM')]);
        plan = planWorldCup(read, { people, teams, report });
      }
      await writeEntities(engine, runner, [...plan.entities.values()].sort((a, b) => a.id.localeCompare(b.id)), DATASET[key], writeOptions, counters, key);
      const hadFacts = (await engine.read('sources/dataset-has-facts', { dataset: DATASET[key] })).length > 0;
      const produced = await writeFacts(engine, runner, plan, writeOptions, counters, report, key);
      if (hadFacts) await supersedeStale(engine, runner, DATASET[key], produced, filesRead, writeOptions, counters);
      counters.rowsRejected = report.rejects.length - rejectsBefore;
      counters.uncertain = report.review.slice(reviewBefore).filter((r) => r.kind === 'person-merge' || r.kind === 'person-ambiguous').length;
      sources.push({ source: key, path: dir, files, ms: Date.now() - t0, ...counters, ...(clubsResolved !== undefined ? { clubsResolved } : {}) });
      progress.done();
    }
  } catch (err) {
    failure = err;
  }
  const files = options.reportDir ? report.write(options.reportDir) : null;
  if (failure) {
    progress.done();
    throw failure;
  }
  let derived: ImportSummary['derived'] = null;
  // Anything written (facts for the squads and links, names for search) calls for a rebuild, which
  // also stamps a new derived version that caches and the search index follow.
  if (options.derive !== false && (runner.committed > 0 || staleBefore)) {
    progress.phase('derived squads and links', 1);
    derived = await rebuildDerived(engine);
    progress.update(1);
    progress.done();
  }
  if (options.derive !== false) await engine.write('meta/set', { rows: [{ key: DERIVED_STALE_KEY, value: '' }] });
  const totals = emptyCounters();
  for (const s of sources) for (const k of Object.keys(totals) as (keyof Counters)[]) totals[k] += s[k];
  const summary: ImportSummary = { source: options.source, sources, totals, derived, rejectsFile: files?.rejects ?? null, reviewFile: files?.review ?? null, ms: Date.now() - started, batches: runner.committed };
  if (options.reportDir) fs.writeFileSync(path.join(options.reportDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  for (const s of sources) {
    await engine.write('meta/set', { rows: [{ key: `import:${DATASET[s.source]}`, value: JSON.stringify({ finishedAt: new Date().toISOString(), path: s.path, rowsRead: s.rowsRead, rowsRejected: s.rowsRejected, entitiesCreated: s.entitiesCreated, entitiesMerged: s.entitiesMerged, factsCreated: s.factsCreated, factsAttached: s.factsAttached, ms: s.ms }) }] });
  }
  return summary;
}

/** The summary as the CLI prints it. */
export function formatSummary(s: ImportSummary): string {
  const n = (x: number) => x.toLocaleString('en');
  const lines = [`Import ${s.source} finished in ${(s.ms / 1000).toFixed(1)} s (${n(s.batches)} batches)`];
  for (const x of s.sources) {
    lines.push(
      `  ${x.source.padEnd(10)} ${n(x.rowsRead)} rows read from ${n(x.files)} files, ${n(x.rowsRejected)} rejected, ` +
        `${n(x.entitiesCreated)} entities created, ${n(x.entitiesMerged)} merged into existing, ` +
        `${n(x.factsCreated)} facts created, ${n(x.factsAttached)} curated facts confirmed, ${n(x.factsSuperseded)} superseded, ${n(x.uncertain)} uncertain` +
        `${x.clubsResolved !== undefined ? `, ${n(x.clubsResolved)} clubs resolved` : ''} (${(x.ms / 1000).toFixed(1)} s)`,
    );
  }
  const t = s.totals;
  lines.push(`  total      rows read ${n(t.rowsRead)}, rejected ${n(t.rowsRejected)}, entities created ${n(t.entitiesCreated)}, merged ${n(t.entitiesMerged)}, facts created ${n(t.factsCreated)}, updated ${n(t.factsUpdated)}, citations added ${n(t.citationsAdded)}`);
  if (s.derived) lines.push(`  derived    ${n(s.derived.squads)} squads, ${n(s.derived.links)} links (${(s.derived.ms / 1000).toFixed(1)} s)`);
  if (s.rejectsFile) lines.push(`  rejects    ${s.rejectsFile}`);
  if (s.reviewFile) lines.push(`  review     ${s.reviewFile} (uncertain merges and near misses kept apart)`);
  return lines.join('\n');
}
