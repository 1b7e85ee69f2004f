// Named locks held in the database, so that several service processes on one database (Neo4j)
// take turns: a lease in a Meta node (`lock:<name>` = "<expiry ISO>|<owner>"), taken when free
// or expired, given back when the work is done. A process that dies holding one delays the
// others by at most the lease's time to live.
import { randomUUID } from 'node:crypto';
import { EngineError, type GraphEngine } from './engine';

export interface LockOptions {
  /** How long the lease holds if its holder dies without giving it back. */
  ttlMs?: number;
  /** How long to wait for a lease held by someone else before failing with UNAVAILABLE. */
  waitMs?: number;
}

const OWNER = randomUUID().slice(0, 8);

/** Runs `work` while holding the database lock `name`. */
export async function withDatabaseLock<T>(engine: GraphEngine, name: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const ttl = options.ttlMs ?? 60_000;
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  const key = `lock:${name}`;
  let lease = '';
  for (let attempt = 0; ; attempt += 1) {
    const now = new Date();
    lease = `${new Date(now.getTime() + ttl).toISOString()}|${OWNER}:${randomUUID().slice(0, 8)}`;
    const [row] = await engine.write('system/lock-acquire', { key, lease, now: now.toISOString() });
    if (row?.value === lease) break;
    if (Date.now() > deadline) throw new EngineError(`Lock ${name} is held by another process`, 'UNAVAILABLE');
    await new Promise((r) => setTimeout(r, Math.min(250, 20 * 2 ** Math.min(attempt, 4))));
  }
  try {
    return await work();
  } finally {
    await engine.write('edit/clear-meta-if', { key, expected: lease }).catch(() => undefined);
  }
}
