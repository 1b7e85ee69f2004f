// A LadybugDB connection as the embedded engine uses it: prepared statements cached, rows split
// into homogeneous sub-batches, every result closed; and the engine's errors as EngineErrors.
import type { Connection as LbugConnection, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { EngineError, type Params, type Row } from './engine';
import { splitBatches, toPlain } from './values';

export class PooledConnection {
  private readonly prepared = new Map<string, PreparedStatement>();
  constructor(readonly conn: LbugConnection) {}

  /** Runs a statement, once per homogeneous sub-batch of its `rows`. */
  async run(text: string, params: Params): Promise<Row[]> {
    const batches = splitBatches(params);
    if (batches.length === 1) return this.runOne(text, params);
    const out: Row[] = [];
    for (const b of batches) out.push(...(await this.runOne(text, b)));
    return out;
  }

  private async runOne(text: string, params: Params): Promise<Row[]> {
    let ps = this.prepared.get(text);
    if (!ps) {
      ps = await this.conn.prepare(text);
      if (!ps.isSuccess()) throw new EngineError(ps.getErrorMessage(), 'ENGINE_FAILURE');
      this.prepared.set(text, ps);
    }
    const result = await this.conn.execute(ps, params as never);
    return drain(result);
  }

  async runRaw(text: string): Promise<void> {
    const result = await this.conn.query(text);
    await drain(result);
  }
}

async function drain(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  try {
    const last = results[results.length - 1];
    if (!last) return [];
    const rows = await last.getAll();
    return rows.map((r) => toPlain(r) as Row);
  } finally {
    for (const r of results) r.close();
  }
}

/**
 * The engine's buffer pool had no room for the query. Read from the error's text: the addon's
 * errors are not always `instanceof Error` here (under Jest, modules run in a context of their own
 * with its own `Error`, so the test that puts the pool under pressure never retried).
 */
export function isPoolFull(err: unknown): boolean {
  return /Buffer manager exception/i.test(err instanceof Error ? err.message : String(err));
}

export function mapError(err: unknown, op: string): EngineError {
  if (err instanceof EngineError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/interrupted/i.test(message)) return new EngineError(`Operation ${op} timed out`, 'TIMEOUT', { cause: err });
  return new EngineError(`Operation ${op} failed: ${message}`, 'ENGINE_FAILURE', { cause: err });
}
