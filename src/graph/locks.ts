// Named locks held in the database, so that several service processes on one database (Neo4j)
// take turns: a lease in a Meta node (`lock:<name>` = "<expiry ISO>|<owner>"), taken when free
// or expired, renewed by its holder while the work runs, given back when it is done. A process
// that dies holding one (a kill right after an edit committed) delays the others by at most the
// lease's short time to live.
import { randomUUID } from 'node:crypto';
import { EngineError, type GraphEngine } from './engine';

export interface LockOptions {
  /** How long the lease holds if its holder dies without giving it back (renewed every third of it). */
  ttlMs?: number;
  /** How long to wait for a lease held by someone else before failing with UNAVAILABLE. */
  waitMs?: number;
}

const OWNER = randomUUID().slice(0, 8);

/** Runs `work` while holding the database lock `name`. */
export async function withDatabaseLock<T>(engine: GraphEngine, name: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const ttl = options.ttlMs ?? 15_000;
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  const key = `lock:${name}`;
  const owner = `${OWNER}:${randomUUID().slice(0, 8)}`;
  const take = async (): Promise<string | null> => {
    const now = new Date();
    const lease = `${new Date(now.getTime() + ttl).toISOString()}|${owner}`;
    const [row] = await engine.write('system/lock-acquire', { key, lease, owner: `|${owner}`, now: now.toISOString() });
    return row?.value === lease ? lease : null;
  };
  let lease: string | null = null;
  for (let attempt = 0; !(lease = await take()); attempt += 1) {
    if (Date.now() > deadline) throw new EngineError(`Lock ${name} is held by another process`, 'UNAVAILABLE');
    await new Promise((r) => setTimeout(r, Math.min(250, 20 * 2 ** Math.min(attempt, 4))));
  }
  let held = lease;
  const renew = setInterval(() => {
    void take().then((next) => { if (next) held = next; }, () => undefined);
  }, Math.max(1_000, Math.floor(ttl / 3)));
  renew.unref();
  try {
    return await work();
  } finally {
    clearInterval(renew);
    // Whatever the lease's latest renewal says, it is this owner's: give it back.
    await engine.write('meta/clear-if', { key, expected: held }).catch(() => undefined);
  }
}
