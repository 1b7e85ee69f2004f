// Rebuilds the derived squads and links (src/domain/squads.ts plans them) from the active facts:
// after seeding, imports and restores; an edit updates only what it changed (update.ts).
import { randomUUID } from 'node:crypto';
import type { GraphEngine } from '../../graph/engine';
import { columns, factsFromLines, LINE_ABSENT, LINE_SEP } from '../../graph/packed';
import { DERIVED_VERSION_KEY, DerivedPlanner } from '../../domain/squads';

/** Derived edges or squads deleted per transaction where the engine bounds a transaction's memory. */
const CLEAR_BATCH = 20_000;

/** The packed lines of one derived read (one row holding them all). */
async function readLines(engine: GraphEngine, op: 'derived/membership-facts' | 'derived/connector-facts'): Promise<string[]> {
  const rows = await engine.read(op, { sep: LINE_SEP, absent: LINE_ABSENT });
  return (rows[0]?.refs as string[] | null | undefined) ?? [];
}

/**
 * Rows per write batch. On the imported graph 50k rows a batch wrote the links ~10% faster than
 * 20k but took ~300 MB more memory; 100k+ grows memory further.
 */
const BATCH = 20_000;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

export interface DerivedSummary {
  squads: number;
  links: number;
  ms: number;
  version: string;
  /** Milliseconds per phase: reading facts, planning, clearing, writing squads and links. */
  phases: { read: number; plan: number; clear: number; write: number };
}

/**
 * Clears and rebuilds squads and links from the active facts, then stamps a new version.
 *
 * Measured on the imported graph (178k membership and 114k connector facts; 36k squads, 489k
 * links): the facts come back as packed lines in one row per read (~1.5 s; a row per fact took
 * ~12 s, ~3 s more to parse) and are planned one at a time as they are parsed, with no FactModel
 * array held; squads and links are created (not merged) into the tables just cleared, in
 * columnar batches (~10 s). A bulk `COPY LINK FROM (UNWIND …)` wrote the links in half the time
 * but is not used: it bypasses the write-ahead log, and in one full import out of five it failed
 * on a fact its primary-key index no longer found (LadybugDB 0.19.1), where the import alone
 * never left one missing.
 */
export async function rebuildDerived(engine: GraphEngine): Promise<DerivedSummary> {
  const started = Date.now();
  let lap = started;
  let read = 0;
  let plan = 0;
  const phase = () => {
    const now = Date.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  const planner = new DerivedPlanner();
  // One read at a time, its lines dropped before the next: each is tens of MB.
  let lines = await readLines(engine, 'derived/membership-facts');
  read += phase();
  for (const f of factsFromLines(lines, true)) planner.membership(f);
  plan += phase();
  lines = await readLines(engine, 'derived/connector-facts');
  read += phase();
  for (const f of factsFromLines(lines, false)) planner.connector(f);
  lines = [];
  const { squads, squadLinks } = planner.squads();
  const factLinks = planner.factLinks;
  plan += phase();
  // Links first, then squads. Each statement deletes what it may in one transaction (all of it on
  // the embedded engine, a batch on Neo4j, whose transactions have bounded memory) and says how
  // many went: repeated until nothing is left.
  for (const op of ['derived/clear-links', 'derived/clear-squads'] as const) {
    for (;;) {
      const [row] = await engine.write(op, { limit: CLEAR_BATCH });
      if (!(Number(row?.deleted ?? 0) > 0)) break;
    }
  }
  const clear = phase();
  // Built one batch at a time, so only one batch of columns is held at once. Fact links come in
  // fact order (the lines were sorted): each batch then touches neighbouring facts, ~35% faster.
  for (const rows of chunks(squads)) await engine.write('derived/create-squads', columns(rows, ['id', 'teamId', 'season', 'seasonLo', 'seasonHi']));
  for (const rows of chunks(squadLinks)) await engine.write('derived/create-squad-links', columns(rows, ['person', 'squad', 'factId', 'role', 'lo', 'hi']));
  for (const rows of chunks(factLinks)) await engine.write('derived/create-fact-links', columns(rows, ['person', 'fact', 'factId', 'role', 'lo', 'hi']));
  const version = `${new Date().toISOString()}:${randomUUID()}`;
  await engine.write('meta/set', { rows: [{ key: DERIVED_VERSION_KEY, value: version }] });
  const write = phase();
  const links = squadLinks.length + factLinks.length;
  return { squads: squads.length, links, ms: Date.now() - started, version, phases: { read, plan, clear, write } };
}
