// The bulk write strategy (imports, restores): rows as columns (src/graph/packed.ts) in batches
// of a few thousand, each batch one transaction holding everything it needs, so a killed run
// resumes at its last committed batch. Facts created in bulk are checked for lost keys after.
import type { GraphEngine, WriteStep } from '../../graph/engine';
import type { OperationName } from '../../graph/operations';
import { toColumns, type ColumnType } from '../../graph/packed';
import { ABOUT_COLUMNS, CITATION_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS } from './rows';

/** A batch of rows as one columnar step, or null when there are none (empty batches fail). */
export function batchStep(op: OperationName, rows: readonly object[], spec: Readonly<Record<string, ColumnType>>): WriteStep | null {
  return rows.length === 0 ? null : { op, params: toColumns(rows, spec) };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function pick<C extends Record<string, ColumnType>, K extends keyof C & string>(columns: C, keys: readonly K[]): Pick<C, K> {
  return Object.fromEntries(keys.map((k) => [k, columns[k]])) as Pick<C, K>;
}

/** Columns of entities/create-batch (rows: rows.ts entityRow). */
export const ENTITY_CREATE = pick(ENTITY_COLUMNS, ['id', 'type', 'name', 'shortName', 'aliases', 'city', 'country', 'birthText', 'birthPrecision', 'nationalities', 'positions', 'searchText', 'details', 'updatedAt']);
/** Columns of entities/update-batch: what a merge may change. */
export const ENTITY_UPDATE = pick(ENTITY_COLUMNS, ['id', 'aliases', 'searchText', 'city', 'country', 'nationalities', 'positions', 'birthText', 'birthPrecision', 'updatedAt']);
/** Columns of facts/create-batch (rows: rows.ts factRow with factRefs). */
export const FACT_CREATE = { ...pick(FACT_COLUMNS, ['id', 'kind', 'type', 'startText', 'startPrecision', 'startLo', 'endText', 'endPrecision', 'endHi', 'details', 'confidence', 'updatedAt']), refs: 'string' } as const;
export const FACT_UPDATE = pick(FACT_COLUMNS, ['id', 'details', 'updatedAt']);
export const FACT_UPDATE_STATUS = pick(FACT_COLUMNS, ['id', 'updatedAt']);
/** Columns of the *-cite-batch operations: datasets cite no teasers. */
export const CITATION = pick(CITATION_COLUMNS, ['holder', 'source', 'detail', 'confidence']);
export const ABOUT = ABOUT_COLUMNS;

export interface BatchOptions {
  /** Stop (as if killed) after this many committed batches: for tests and demonstrations. */
  abortAfterBatches?: number;
  /** Checkpoint the embedded engine every this many batches. */
  checkpointEvery?: number;
  /** The error a stop on purpose throws. */
  aborted?: (committed: number) => Error;
}

/** Commits batches one by one; stops on purpose after `abortAfterBatches`. */
export class BatchRunner {
  committed = 0;
  constructor(
    private readonly engine: GraphEngine,
    private readonly options: BatchOptions,
  ) {}

  async commit(steps: (WriteStep | null)[]): Promise<void> {
    const real = steps.filter((s): s is WriteStep => s !== null);
    if (real.length === 0) return;
    if (this.options.abortAfterBatches !== undefined && this.committed >= this.options.abortAfterBatches) {
      throw this.options.aborted?.(this.committed) ?? new Error(`stopped after ${this.committed} committed batches as asked`);
    }
    await this.engine.writeAll(real);
    this.committed++;
    // Each engine's form of system/checkpoint says what it does there (a no-op on Neo4j).
    if (this.options.checkpointEvery && this.committed % this.options.checkpointEvery === 0) {
      await this.engine.write('system/checkpoint');
    }
  }
}

export interface LostKeys {
  /** Facts of this writer that had lost their key: deleted and, with `rewrite`, written again. */
  rewritten: string[];
  /** Facts of other writers that lost their key: left alone. */
  others: string[];
  /** Facts of this writer still without their key after being written again. */
  still: string[];
}

/**
 * After bulk creates: facts the database stores but cannot find by key (GraphEngine.unkeyedFacts)
 * lost the links written after them by key. Those `mine` accepts are deleted and handed to
 * `rewrite`, then checked again.
 */
export async function rewriteLostKeys(engine: GraphEngine, mine: (id: string) => boolean, rewrite: ((ids: string[]) => Promise<void>) | null): Promise<LostKeys> {
  const lost = await engine.unkeyedFacts();
  const rewritten = lost.filter(mine);
  const others = lost.filter((id) => !mine(id));
  if (rewritten.length === 0) return { rewritten, others, still: [] };
  await engine.deleteUnkeyedFacts(rewritten);
  if (rewrite) await rewrite(rewritten);
  const still = (await engine.unkeyedFacts()).filter(mine);
  return { rewritten, others, still };
}
