// The Neo4j engine: one driver, reads and writes in managed transactions with a timeout; driver
// integers and temporal values leave as plain JS. In resilient mode (the service) an
// unreachable Neo4j does not stop start-up: the engine reports not ready, fails requests fast
// with UNAVAILABLE, and reconnects in the background with exponential backoff, running
// `onConnected` (migrate, seed) each time it gets the database back.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherCatalog } from './cypher-loader';
import { splitStatements } from './cypher-loader';
import { EngineError, type EngineHealth, type GraphEngine, type Params, type Row, type WriteStep } from './engine';
import { DATA_VERSION_KEY, UNSTAMPED_WRITES, type OperationName } from './operations';
import { isEmptyBatch, normaliseParams, toPlain } from './values';

export interface Neo4jOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
  queryTimeoutMs: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
}

export interface Neo4jLifecycle {
  /**
   * Keep running while Neo4j is unreachable (reconnecting with backoff) instead of failing
   * `open`. Wrong credentials still fail `open`.
   */
  resilient?: boolean;
  /** Runs after every (re)connection, before the engine reports ready: migration, seeding. */
  onConnected?: (engine: Neo4jEngine) => Promise<void>;
  onStateChange?: (state: Neo4jState, detail?: string) => void;
}

export type Neo4jState = 'connecting' | 'ready' | 'unavailable' | 'closed';

/** How often a schema statement that lost a race (deadlock, lock timeout) is tried again. */
const MIGRATE_ATTEMPTS = 8;

/** Errors that mean "the database is not there right now" rather than "you are wrong". */
function isTransient(err: unknown): boolean {
  const code = String((err as { code?: string }).code ?? '');
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError') || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND/.test(code);
}

/** How often a read that failed with a transient error is run again. */
const READ_ATTEMPTS = 3;

/** A read worth running again at once: the server rolled it back for a passing reason. */
function isRetryableRead(err: unknown): boolean {
  const code = String((err as { code?: string }).code ?? '');
  // Not a query stopped by its own timeout (or terminated): running it again would only wait longer.
  if (/TimedOut|Terminated|LockClientStopped/.test(code)) return false;
  return code.startsWith('Neo.TransientError') || code === 'SessionExpired';
}

/** JS whole numbers go to Neo4j as integers (the driver would send floats, which LIMIT refuses). */
function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toDriverValue(v);
    return out;
  }
  return value;
}

/**
 * Runs `start` (a driver call that creates its result synchronously) without the call-site stack
 * the driver captures for every result: formatting it (through source maps under `npm start`) cost
 * ~6 % of the service's CPU on a cold person page. Failures are mapped to EngineError with the
 * driver's error as cause, which keeps the server's own stack.
 */
function withoutCallSiteStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Neo4jEngine implements GraphEngine {
  readonly kind = 'neo4j' as const;
  private stateNow: Neo4jState = 'connecting';
  private retryTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private connecting: Promise<boolean> | null = null;
  private generationNow = 0;
  /** The data stamp as last read by sync; null before the first read. */
  private seenStamp: string | null = null;
  /** The stamp read running now, and the one queued to start when it ends (see sync). */
  private syncRunning: Promise<void> | null = null;
  private syncQueued: Promise<void> | null = null;

  private constructor(
    private readonly driver: Driver,
    private readonly catalog: CypherCatalog,
    private readonly options: Neo4jOptions,
    private readonly lifecycle: Neo4jLifecycle,
  ) {}

  static async open(options: Neo4jOptions, catalog: CypherCatalog, lifecycle: Neo4jLifecycle = {}): Promise<Neo4jEngine> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // Managed transactions retry transient failures; keep that short so requests fail fast.
      maxTransactionRetryTime: 2_000,
      disableLosslessIntegers: false,
    });
    const engine = new Neo4jEngine(driver, catalog, options, lifecycle);
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (err) {
      if (lifecycle.resilient && isTransient(err)) {
        engine.markUnavailable(`Neo4j unreachable at ${options.uri}`);
        return engine;
      }
      await driver.close().catch(() => undefined);
      const code = (err as { code?: string }).code ?? 'unknown';
      throw new EngineError(`Cannot reach Neo4j at ${options.uri} (${code})`, 'UNAVAILABLE', { cause: err });
    }
    if (lifecycle.onConnected) {
      try {
        await lifecycle.onConnected(engine);
      } catch (err) {
        if (!(lifecycle.resilient && err instanceof EngineError && err.code === 'UNAVAILABLE')) {
          await driver.close().catch(() => undefined);
          throw err;
        }
        engine.markUnavailable('Neo4j went away during start-up');
        return engine;
      }
    }
    engine.setState('ready');
    return engine;
  }

  get state(): Neo4jState {
    return this.stateNow;
  }

  private setState(state: Neo4jState, detail?: string): void {
    if (this.stateNow === state) return;
    this.stateNow = state;
    if (state === 'ready') this.attempts = 0;
    this.lifecycle.onStateChange?.(state, detail);
  }

  /** Fails requests fast from now on and reconnects in the background (resilient mode). */
  private markUnavailable(detail: string): void {
    if (this.stateNow === 'closed' || !this.lifecycle.resilient) return;
    this.setState('unavailable', detail);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stateNow === 'closed') return;
    const initial = this.options.retryInitialMs ?? 500;
    const max = this.options.retryMaxMs ?? 30_000;
    const base = Math.min(max, initial * 2 ** Math.min(this.attempts, 20));
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.attempts++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.reconnect();
    }, delay);
    this.retryTimer.unref();
  }

  /** One reconnection attempt: connectivity, then onConnected; schedules the next on failure. */
  private reconnect(): Promise<boolean> {
    this.connecting ??= (async () => {
      try {
        await this.driver.verifyConnectivity({ database: this.options.database });
        this.setState('connecting');
        await this.lifecycle.onConnected?.(this);
        if (this.stateNow !== 'connecting') return false;
        this.setState('ready');
        return true;
      } catch (err) {
        if (this.stateNow === 'closed') return false;
        this.setState('unavailable', isTransient(err) ? 'Neo4j unreachable' : 'Neo4j refused the connection');
        this.scheduleRetry();
        return false;
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private ensureUsable(op: string): void {
    if (this.stateNow === 'unavailable') throw new EngineError(`Neo4j unavailable (${op} not sent)`, 'UNAVAILABLE');
    if (this.stateNow === 'closed') throw new EngineError('Database is closed', 'UNAVAILABLE');
  }

  /** Maps a driver failure; an unavailable database switches the engine to reconnecting. */
  private failure(err: unknown, op: string): EngineError {
    const mapped = mapError(err, op);
    if (mapped.code === 'UNAVAILABLE') this.markUnavailable(`Neo4j unavailable during ${op}`);
    return mapped;
  }

  private text(op: OperationName): string {
    const t = this.catalog.get(op);
    if (!t) throw new EngineError(`Unknown operation ${op}`, 'ENGINE_FAILURE');
    return t;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  private txConfig() {
    return { timeout: this.options.queryTimeoutMs };
  }

  /**
   * Writes (seeding, imports, derived rebuilds, edits) get at least two minutes: the per-query
   * timeout is for reads a request waits on, and a write stopped half-way is rolled back for
   * nothing (the embedded engine does not stop writes at its query timeout either).
   */
  private writeTxConfig() {
    return { timeout: Math.max(this.options.queryTimeoutMs, 120_000) };
  }

  async read(op: OperationName, params?: Params): Promise<Row[]> {
    this.ensureUsable(op);
    if (isEmptyBatch(params)) return [];
    const text = this.text(op);
    const p = toDriverValue(normaliseParams(params)) as Record<string, unknown>;
    // An auto-commit read: one round trip (run and pull) where a managed transaction takes three
    // (begin, run, commit). A transient failure (a deadlock, a leader switch) is tried again here,
    // as the managed transaction would; an unreachable server fails at once (503, see faults).
    for (let attempt = 1; ; attempt++) {
      const session = this.session('READ');
      try {
        const res = await withoutCallSiteStack(() => session.run(text, p, this.txConfig()));
        return res.records.map((r) => toPlain(r.toObject()) as Row);
      } catch (err) {
        if (attempt < READ_ATTEMPTS && isRetryableRead(err)) {
          await new Promise((r) => setTimeout(r, 25 * attempt));
          continue;
        }
        throw this.failure(err, op);
      } finally {
        await session.close();
      }
    }
  }

  async write(op: OperationName, params?: Params): Promise<Row[]> {
    const [rows] = await this.writeAll([{ op, params }]);
    return rows ?? [];
  }

  async writeAll(steps: WriteStep[]): Promise<Row[][]> {
    this.ensureUsable(steps[0]?.op ?? 'write');
    const prepared = steps.map((s) => ({ op: s.op, text: this.text(s.op), params: toDriverValue(normaliseParams(s.params)) as Record<string, unknown>, skip: isEmptyBatch(s.params) }));
    // Every transaction that may change graph data renews the data stamp, so that other
    // processes' caches see it (sync); the stamp's own statement comes last.
    const stamped = steps.some((s) => !UNSTAMPED_WRITES.has(s.op));
    const stamp = { text: this.text('meta/set'), params: { rows: [{ key: DATA_VERSION_KEY, value: `${Date.now()}:${randomUUID()}` }] } };
    const session = this.session('WRITE');
    let current = '';
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const step of prepared) {
          current = step.op;
          if (step.skip) { out.push([]); continue; }
          const res = await withoutCallSiteStack(() => tx.run(step.text, step.params));
          out.push(res.records.map((r) => toPlain(r.toObject()) as Row));
        }
        if (stamped) await withoutCallSiteStack(() => tx.run(stamp.text, stamp.params));
        return out;
      }, this.writeTxConfig());
    } catch (err) {
      throw this.failure(err, current);
    } finally {
      // Committed or not (a commit can fail after it took effect): what was read before is suspect.
      if (stamped) this.generationNow++;
      await session.close();
    }
  }

  /** Bumped after each write of this process, and by `sync` when the data stamp moved. */
  get generation(): number {
    return this.generationNow;
  }

  /**
   * Requests arriving together share stamp reads: a request needs a read that starts after it
   * arrived, so it starts one when none is running, and otherwise waits for the one queued to
   * start when the running read ends (shared by everyone who arrived meanwhile). Under load that
   * is at most two reads in flight instead of one per request, and no request relies on a stamp
   * read before it arrived.
   */
  sync(): Promise<void> {
    if (!this.syncRunning) return this.startSync();
    this.syncQueued ??= this.syncRunning.then(() => {
      this.syncQueued = null;
      return this.syncRunning ?? this.startSync();
    });
    return this.syncQueued;
  }

  private startSync(): Promise<void> {
    const running: Promise<void> = this.readStamp().finally(() => {
      if (this.syncRunning === running) this.syncRunning = null;
    });
    this.syncRunning = running;
    return running;
  }

  private async readStamp(): Promise<void> {
    let stamp: string;
    try {
      const [row] = await this.read('meta/read', { keys: [DATA_VERSION_KEY] });
      stamp = typeof row?.value === 'string' ? row.value : '';
    } catch {
      // Unknown: nothing read before may be trusted (the request itself will fail or retry).
      this.generationNow++;
      this.seenStamp = null;
      return;
    }
    if (stamp !== this.seenStamp) {
      this.seenStamp = stamp;
      this.generationNow++;
    }
  }

  /** None: the uniqueness constraint's index is written in the transaction that writes the node. */
  async unkeyedFacts(): Promise<string[]> {
    return [];
  }

  async deleteUnkeyedFacts(ids: string[]): Promise<void> {
    await this.write('facts/delete-unkeyed', { ids });
  }

  async migrate(): Promise<void> {
    // Schema statements cannot share a transaction with each other on Neo4j.
    for (const statement of splitStatements(this.text('schema/migrate'))) {
      for (let attempt = 1; ; attempt++) {
        const session = this.session('WRITE');
        try {
          await session.run(statement);
          break;
        } catch (err) {
          const code = String((err as { code?: string }).code ?? '');
          // Two processes starting at once race on `IF NOT EXISTS`: the loser is told the index or
          // constraint exists already, which is what it wanted.
          if (/EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/.test(code)) break;
          // The same race can end in a deadlock on the schema lock; Neo4j rolls one side back and
          // asks it to try again.
          if (code.startsWith('Neo.TransientError') && attempt < MIGRATE_ATTEMPTS) {
            await new Promise((r) => setTimeout(r, 50 * attempt + Math.floor(Math.random() * 50)));
            continue;
          }
          throw this.failure(err, 'schema/migrate');
        } finally {
          await session.close();
        }
      }
    }
  }

  async health(): Promise<EngineHealth> {
    if (this.stateNow === 'unavailable') return { ready: false, engine: this.kind, detail: 'Neo4j unreachable; reconnecting' };
    if (this.stateNow === 'connecting') return { ready: false, engine: this.kind, detail: 'connecting to Neo4j' };
    if (this.stateNow === 'closed') return { ready: false, engine: this.kind, detail: 'closed' };
    try {
      await this.read('system/ping');
      return { ready: true, engine: this.kind };
    } catch {
      return { ready: false, engine: this.kind, detail: 'Neo4j unreachable' };
    }
  }

  async close(): Promise<void> {
    this.setState('closed');
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting?.catch(() => undefined);
    await this.driver.close();
  }
}

function mapError(err: unknown, op: string): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code)) return new EngineError(`Operation ${op} timed out`, 'TIMEOUT', { cause: err });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /Unavailable/.test(code)) {
    return new EngineError(`Neo4j unavailable during ${op}`, 'UNAVAILABLE', { cause: err });
  }
  return new EngineError(`Operation ${op} failed: ${e.message ?? String(err)}`, 'ENGINE_FAILURE', { cause: err });
}
