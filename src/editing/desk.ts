// The editing desk, one per server: edits run one at a time (check, write, audit), derived
// squads and links are rebuilt after them (coalesced, never two at once), and shutdown waits
// for both. A `derived:stale` marker written in each edit's transaction makes a rebuild that
// never finished (a kill) happen at the next start.
import type { Logger } from 'pino';
import type { GraphEngine } from '../graph/engine';
import { withDatabaseLock } from '../graph/locks';
import { rebuildDerived } from '../knowledge/derived';

export const STALE_KEY = 'derived:stale';

export class EditDesk {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private lastAt = 0;
  private rebuilding: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private closing = false;

  constructor(
    private readonly engine: GraphEngine,
    private readonly log: Logger,
    private readonly options: { auditId?: (at: string) => string } = {},
  ) {}

  /** A new audit entry id, ordered like its timestamp. */
  auditId(at: string): string {
    if (this.options.auditId) return this.options.auditId(at);
    return `audit:${at.replace(/[-:.]/g, '')}-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
  }

  get accepting(): boolean {
    return !this.closing;
  }

  /** Logs a committed edit (before its answer is sent and before derived data is rebuilt). */
  committed(audit: { id: string; action: string; subjectId: string; editor: string }): void {
    this.log.info({ audit: audit.id, action: audit.action, subject: audit.subjectId, editor: audit.editor }, 'edit committed');
  }

  /**
   * Runs `work` after every earlier edit has finished: in this process (a queue) and in every
   * process on the same database (a lock held in the database while the edit checks and writes).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const locked = () => withDatabaseLock(this.engine, 'edit', work, { ttlMs: 60_000, waitMs: 30_000 });
    const run = this.chain.then(locked, locked);
    this.chain = run.catch(() => undefined);
    return this.track(run);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  /** Strictly increasing ISO timestamps, so the audit trail orders edits as they happened. */
  timestamp(): string {
    const now = Math.max(Date.now(), this.lastAt + 1);
    this.lastAt = now;
    return new Date(now).toISOString();
  }

  /**
   * Resolves once derived data includes every write committed before the call: joins a rebuild
   * queued behind the running one, or queues one.
   */
  rebuildDerived(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.rebuilding) return (this.rebuilding = this.track(this.rebuildOnce().finally(() => (this.rebuilding = null))));
    const after = this.rebuilding;
    this.queued = this.track(
      after.then(() => {
        this.queued = null;
        return this.rebuildDerived();
      }),
    );
    return this.queued;
  }

  /** Never rejects: a failed rebuild leaves the marker set, so the next start rebuilds. */
  private async rebuildOnce(): Promise<void> {
    try {
      await rebuildIfStale(this.engine, this.log, true);
    } catch (err) {
      this.log.error({ err }, 'rebuilding derived squads and links failed; the next start retries');
    }
  }

  /** Waits for running edits and rebuilds; later edits are refused. */
  async drain(): Promise<void> {
    this.closing = true;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}

/**
 * Rebuilds squads and links when an edit left the marker set (or always, with `force`), then
 * clears the marker unless a newer edit set it again meanwhile.
 */
export async function rebuildIfStale(engine: GraphEngine, log: Logger, force = false): Promise<boolean> {
  const [first] = await engine.read('read/meta', { keys: [STALE_KEY] });
  if (!(typeof first?.value === 'string' && first.value) && !force) return false;
  // One rebuild at a time across every process on the database; the marker is read under the
  // lock, so a rebuild that another process finished meanwhile is not repeated for nothing.
  return withDatabaseLock(engine, 'derived', async () => {
    const [row] = await engine.read('read/meta', { keys: [STALE_KEY] });
    const marker = typeof row?.value === 'string' ? row.value : '';
    if (!marker && !force) return false;
    const summary = await rebuildDerived(engine);
    if (marker) await engine.write('edit/clear-meta-if', { key: STALE_KEY, expected: marker });
    log.debug({ ...summary, marker }, 'derived squads and links rebuilt');
    return true;
  }, { ttlMs: 10 * 60_000, waitMs: 10 * 60_000 });
}
