// The editing desk, one per server: edits run one at a time (check, write, audit; each writes
// its own derived squads and links, src/services/derived/update.ts), full rebuilds of derived
// squads and links run when asked (coalesced, never two at once), and shutdown waits for both.
// A `derived:stale` marker, written by an edit whose derived update could not be planned, says
// in the database that squads and links may not show every fact yet: it is cleared only by a rebuild that
// succeeded, so a rebuild that failed or never finished (a kill) is retried — in the background
// while the service runs, and at the next start. Rebuilds hold a lock in the database (src/graph/locks.ts), so two
// service processes on one Neo4j database never rebuild at once.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { GraphEngine } from '../../graph/engine';
import { withDatabaseLock } from '../../graph/locks';
import { rebuildDerived } from '../derived/rebuild';

export const STALE_KEY = 'derived:stale';

export interface RebuildPolicy {
  /** Attempts of one rebuild before the edit answers with stale data flagged (default 3). */
  attempts: number;
  /** Pause before the second attempt, doubled for each further one (default 500 ms). */
  retryMs: number;
  /** Longest pause between background retries after the attempts failed (default 60 s). */
  maxRetryMs: number;
  /** How long the rebuild lock holds if its holder dies (renewed while a rebuild runs); default 60 s. */
  leaseMs: number;
}

const DEFAULT_POLICY: RebuildPolicy = { attempts: 3, retryMs: 500, maxRetryMs: 60_000, leaseMs: 60_000 };

/** How long a rebuild waits for one running in another process (a full graph's takes minutes on Neo4j). */
const REBUILD_WAIT_MS = 15 * 60_000;

/** What a reader should know about derived squads and links. */
export interface DerivedState {
  /** Some committed edit is not in squads and links yet (a rebuild is due, running or failing). */
  stale: boolean;
  /** This process's last rebuild failed; it retries in the background. */
  retrying: boolean;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class EditDesk {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private lastAt = 0;
  private rebuilding: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;
  private closing = false;
  private failing = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay = 0;
  private checkTimer: NodeJS.Timeout | null = null;
  private checking = false;
  private readonly policy: RebuildPolicy;
  /** Names this desk's rebuilds in the log (the lock itself is one per rebuild). */
  readonly holder = `desk-${randomUUID()}`;
  /** Callers waiting for a rebuild: their edits are committed, not yet in squads and links. */
  private waiting = 0;
  /** The marker as last read from the database (another process may have set it). */
  private markedInDb = false;

  constructor(
    private readonly engine: GraphEngine,
    readonly log: Logger,
    private readonly options: { auditId?: (at: string) => string; rebuild?: Partial<RebuildPolicy>; checkMs?: number } = {},
  ) {
    this.policy = { ...DEFAULT_POLICY, ...options.rebuild };
    if (options.checkMs) {
      this.checkTimer = setInterval(() => void this.check(), options.checkMs);
      this.checkTimer.unref();
    }
  }

  /**
   * Rebuilds when the marker is set and no rebuild runs here: a failure this process is already
   * retrying, or one another process on the same database left behind (it died mid-rebuild).
   * Under the lease the marker is read again, so a rebuild that finished elsewhere is not redone.
   */
  private async check(): Promise<void> {
    if (this.closing || this.rebuilding || this.checking) return;
    this.checking = true;
    try {
      if (!(await this.readMarker()) || this.rebuilding) return;
      // Its own lease holder: the lease then also keeps it apart from this desk's rebuilds.
      if (await this.track(rebuildIfStale(this.engine, this.log, { holder: `${this.holder}-check`, leaseMs: this.policy.leaseMs }))) this.failing = false;
      await this.readMarker();
    } catch (err) {
      this.log.warn({ err }, 'checking for stale derived squads and links failed; checked again later');
    } finally {
      this.checking = false;
    }
  }

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
    const locked = () => withDatabaseLock(this.engine, 'edit', work, { ttlMs: 15_000, waitMs: 90_000 });
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
   * Resolves true once derived data includes every write committed before the call (joins a
   * rebuild queued behind the running one, or queues one); false when the rebuild failed every
   * attempt — the data stays marked stale and a background retry is scheduled.
   */
  rebuildDerived(): Promise<boolean> {
    this.waiting++;
    const done = this.join();
    void done.finally(() => this.waiting--);
    return done;
  }

  private join(): Promise<boolean> {
    if (this.queued) return this.queued;
    if (!this.rebuilding) return (this.rebuilding = this.track(this.rebuildOnce().finally(() => (this.rebuilding = null))));
    const after = this.rebuilding;
    this.queued = this.track(
      after.then(() => {
        this.queued = null;
        return this.join();
      }),
    );
    return this.queued;
  }

  /** Never rejects: tries a few times, then leaves the marker set and schedules a retry. */
  private async rebuildOnce(): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await rebuildIfStale(this.engine, this.log, { force: true, holder: this.holder, leaseMs: this.policy.leaseMs });
        this.failing = false;
        await this.readMarker().catch(() => undefined);
        this.retryDelay = 0;
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = null;
        return true;
      } catch (err) {
        const last = attempt >= this.policy.attempts || this.closing;
        this.log.error({ err, attempt }, last ? 'rebuilding derived squads and links failed; the data is marked stale and the rebuild is retried in the background' : 'rebuilding derived squads and links failed; retrying');
        if (last) break;
        await sleep(this.policy.retryMs * 2 ** (attempt - 1));
      }
    }
    this.failing = true;
    this.scheduleRetry();
    return false;
  }

  private scheduleRetry(): void {
    if (this.closing || this.retryTimer) return;
    this.retryDelay = Math.min(this.policy.maxRetryMs, this.retryDelay ? this.retryDelay * 2 : this.policy.retryMs * 2 ** this.policy.attempts);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closing) void this.join();
    }, this.retryDelay);
    this.retryTimer.unref();
  }

  private async readMarker(): Promise<boolean> {
    const [row] = await this.engine.read('meta/read', { keys: [STALE_KEY] });
    this.markedInDb = typeof row?.value === 'string' && row.value !== '';
    return this.markedInDb;
  }

  /**
   * What GraphQL answers say, without a database call: stale while an edit of this process
   * waits for its rebuild, while a failed rebuild is retried, or while the marker was set in
   * the database when last read (at /health, after each rebuild and every check: another
   * process on the same Neo4j database is seen within `checkMs`).
   */
  derivedSnapshot(): DerivedState {
    return { stale: this.waiting > 0 || this.failing || this.markedInDb, retrying: this.failing };
  }

  /**
   * What an edit's own answer says: its rebuild ran after its commit, so only a failed rebuild
   * makes it stale — not other edits still waiting, nor a marker another process's edit set
   * since (those edits' own answers wait for their rebuilds; reads still see the marker).
   */
  editSnapshot(): DerivedState {
    // An edit answers after its own rebuild: only a rebuild that failed every attempt (then
    // `failing`) leaves its answer stale; other edits still waiting do not.
    return { stale: this.failing, retrying: this.failing };
  }

  /** The same, with the marker read from the database now (/health). */
  async derivedState(): Promise<DerivedState> {
    await this.readMarker();
    return this.derivedSnapshot();
  }

  /** Waits for running edits and rebuilds; later edits are refused, background retries stop. */
  async drain(): Promise<void> {
    this.closing = true;
    if (this.checkTimer) clearInterval(this.checkTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}

/**
 * Name of the database lock (src/graph/locks.ts) a full rebuild of squads and links holds: the
 * edit lock, since an edit writes its own squads and links (derived-update.ts) from what it reads
 * under that lock, and a rebuild that read the facts before such an edit and wrote after it
 * would drop the edit's squads.
 */
export const REBUILD_LOCK = 'edit';

/**
 * Rebuilds squads and links when an edit left the marker set (or always, with `force`), holding
 * the rebuild lock, then clears the marker unless a newer edit set it again meanwhile.
 */
export async function rebuildIfStale(engine: GraphEngine, log: Logger, options: { force?: boolean; holder?: string; leaseMs?: number } = {}): Promise<boolean> {
  const marker = async () => {
    const [row] = await engine.read('meta/read', { keys: [STALE_KEY] });
    return typeof row?.value === 'string' ? row.value : '';
  };
  if (!options.force && !(await marker())) return false;
  // One rebuild at a time across every process on the database: the same lock as edits use, under
  // its own name, renewed while the rebuild runs; a holder that died frees it after `leaseMs`.
  const leaseMs = options.leaseMs ?? DEFAULT_POLICY.leaseMs;
  return withDatabaseLock(engine, REBUILD_LOCK, async () => {
    // Read under the lease: a rebuild another process finished meanwhile may have cleared it.
    const seen = await marker();
    if (!seen && !options.force) return false;
    const summary = await rebuildDerived(engine);
    if (seen) await engine.write('meta/clear-if', { key: STALE_KEY, expected: seen });
    log.debug({ ...summary, marker: seen, holder: options.holder }, 'derived squads and links rebuilt');
    return true;
  }, { ttlMs: leaseMs, waitMs: REBUILD_WAIT_MS });
}
