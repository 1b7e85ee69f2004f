// The embedded engine (LadybugDB): one writer connection that queues writes, a small pool of
// reader connections, prepared statements cached per connection, every result closed.
// Checkpoints are ours, not the engine's: the engine's automatic checkpoint, running while
// reader connections are busy, crashed the process (SIGSEGV, reproduced under mixed load with
// @ladybugdb/core 0.19.1). So auto-checkpoint is off and, when the WAL passes a threshold, the
// writer checkpoints with new reads held back and in-flight ones finished.
import fs from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import type { Database as LbugDatabase } from '@ladybugdb/core';
import type { CypherCatalog } from './cypher-loader';
import { splitStatements } from './cypher-loader';
import { findUnkeyedFacts } from './fact-keys';
import { EngineError, type EngineHealth, type GraphEngine, type Params, type Row, type WriteStep } from './engine';
import { BULK_OPERATIONS, FACT_FIELD_OPERATIONS, PER_KEY_OPERATIONS, type OperationName } from './operations';
import { isPoolFull, mapError, PooledConnection } from './ladybug-connection';
import { isEmptyBatch, normaliseParams } from './values';

export interface LadybugOptions {
  /** A directory-free file path, or ':memory:'. */
  path: string;
  bufferPoolBytes: number;
  maxDbBytes: number;
  readers: number;
  queryTimeoutMs: number;
  /** WAL size that triggers a checkpoint (default 16 MB). */
  checkpointWalBytes?: number;
  /** Threads one query may use (default: the engine's, every core). */
  queryThreads?: number;
  /**
   * Timeout of writes and whole-table reads (BULK_OPERATIONS), which are the service's own and
   * not shaped by a request: the derived rebuild's fact reads took 12–15 s on the imported graph
   * of a busy 2-core machine and failed at the 10 s request timeout. Default 10 minutes.
   */
  bulkTimeoutMs?: number;
}

const DEFAULT_BULK_TIMEOUT_MS = 10 * 60_000;

const DEFAULT_CHECKPOINT_WAL_BYTES = 16 * 1024 * 1024;
/** Tries of a read that found the buffer pool full, after the first (see readOnce). */
const POOL_FULL_RETRIES = 5;

export class LadybugEngine implements GraphEngine {
  readonly kind = 'ladybug' as const;
  private readonly readers: PooledConnection[] = [];
  private readonly idle: PooledConnection[] = [];
  private readonly waiting: ((c: PooledConnection) => void)[] = [];
  /** Woken when no read runs any more (every reader idle, the bulk reader too). */
  private readonly quietWaiters: (() => void)[] = [];
  /** Woken whenever a reader is given back (a read that found the buffer pool full waits for one). */
  private readonly releaseWaiters: (() => void)[] = [];
  private writer!: PooledConnection;
  /** The connection of whole-table reads (one at a time, see bulk()): no request reader waits for it. */
  private bulkReader!: PooledConnection;
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Whole-table operations (BULK_OPERATIONS) queue here: one at a time holds the buffer pool. */
  private bulkChain: Promise<unknown> = Promise.resolve();
  /** True while the bulk reader runs a read (a checkpoint waits for it like for the readers). */
  private bulkReading = false;
  /** Set while a checkpoint runs: new reads wait for it. */
  private readGate: Promise<void> | null = null;
  private readonly walPath: string | null;
  private checkpoints = 0;
  /** Why the last checkpoint failed, until one succeeds (the WAL keeps every write meanwhile). */
  private checkpointFailure: string | null = null;
  private writes = 0;

  private constructor(
    private readonly db: LbugDatabase,
    private readonly catalog: CypherCatalog,
    private readonly options: LadybugOptions,
  ) {
    this.walPath = options.path === ':memory:' || options.path === '' ? null : `${options.path}.wal`;
  }

  static async open(options: LadybugOptions, catalog: CypherCatalog): Promise<LadybugEngine> {
    const inMemory = options.path === ':memory:' || options.path === '';
    if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
    let db: LbugDatabase;
    try {
      // autoCheckpoint off: see the note at the top; writes checkpoint through maybeCheckpoint().
      db = new lbug.Database(inMemory ? ':memory:' : options.path, options.bufferPoolBytes, true, false, options.maxDbBytes, false);
      await db.init();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/lock/i.test(message)) {
        throw new EngineError(`Database ${options.path} is already in use by another process (close it, or set DB_PATH to another file)`, 'LOCKED', { cause: err });
      }
      throw new EngineError(`Cannot open database ${options.path}: ${message.split('\n')[0]}`, 'UNAVAILABLE', { cause: err });
    }
    const engine = new LadybugEngine(db, catalog, options);
    const connect = async (timeoutMs = options.queryTimeoutMs) => {
      const conn = new lbug.Connection(db);
      await conn.init();
      conn.setQueryTimeout(timeoutMs);
      if (options.queryThreads) conn.setMaxNumThreadForExec(options.queryThreads);
      return new PooledConnection(conn);
    };
    const bulkTimeout = Math.max(options.bulkTimeoutMs ?? DEFAULT_BULK_TIMEOUT_MS, options.queryTimeoutMs);
    engine.writer = await connect(bulkTimeout);
    engine.bulkReader = await connect(bulkTimeout);
    for (let i = 0; i < options.readers; i++) {
      const c = await connect();
      engine.readers.push(c);
      engine.idle.push(c);
    }
    return engine;
  }

  private text(op: OperationName): string {
    const t = this.catalog.get(op);
    if (!t) throw new EngineError(`Unknown operation ${op}`, 'ENGINE_FAILURE');
    return t;
  }

  private acquire(): Promise<PooledConnection> {
    const c = this.idle.pop();
    if (c) return Promise.resolve(c);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(c: PooledConnection): void {
    const next = this.waiting.shift();
    if (next) next(c);
    else this.idle.push(c);
    for (const wake of this.releaseWaiters.splice(0)) wake();
    this.wakeIfQuiet();
  }

  /** Resolves when another read gives its reader back, or after `ms` (at once when no other read runs). */
  private otherReadDone(ms: number): Promise<void> {
    if (!this.readsRunning) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.releaseWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private get readsRunning(): boolean {
    return this.idle.length < this.readers.length || this.bulkReading;
  }

  /** Resolves once no read runs (a checkpoint and close wait for in-flight reads). */
  private readsQuiet(): Promise<void> {
    if (!this.readsRunning) return Promise.resolve();
    return new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  private wakeIfQuiet(): void {
    if (!this.readsRunning) for (const wake of this.quietWaiters.splice(0)) wake();
  }

  private ensureOpen(): void {
    if (this.closed) throw new EngineError('Database is closed', 'UNAVAILABLE');
  }

  async read(op: OperationName, params?: Params): Promise<Row[]> {
    this.ensureOpen();
    if (isEmptyBatch(params)) return [];
    if (PER_KEY_OPERATIONS.has(op) && params && Array.isArray(params.ids)) {
      // A hop from a batch of keys is a hash join over whole tables here; from one key it is
      // flat: one call per key (its variant takes `$key`), spread over the reader pool.
      const { ids, ...rest } = params;
      const parts = await Promise.all([...new Set(ids as string[])].map((key) => this.readOnce(op, { ...rest, key })));
      return this.withFactFields(op, parts.flat());
    }
    return this.withFactFields(op, await this.readOnce(op, params));
  }

  /** Adds their facts' columns to the rows of a FACT_FIELD_OPERATIONS read, by key (see there). */
  private async withFactFields(op: OperationName, rows: Row[]): Promise<Row[]> {
    if (!FACT_FIELD_OPERATIONS.has(op)) return rows;
    const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => typeof id === 'string'))];
    if (ids.length === 0) return rows;
    const facts = new Map((await this.readOnce('facts/by-ids', { ids })).map(({ key: _key, ...fact }) => [String(fact.id), fact]));
    return rows.flatMap((r) => {
      if (typeof r.id !== 'string') return [r];
      const fact = facts.get(r.id);
      return fact ? [{ ...r, ...fact }] : [];
    });
  }

  private async readOnce(op: OperationName, params?: Params): Promise<Row[]> {
    const text = this.text(op);
    const normalised = normaliseParams(params);
    const once = async () => {
      while (this.readGate) await this.readGate;
      const conn = await this.acquire();
      try {
        return await conn.run(text, normalised);
      } finally {
        this.release(conn);
      }
    };
    const bulkOnce = async () => {
      while (this.readGate) await this.readGate;
      this.bulkReading = true;
      try {
        return await this.bulkReader.run(text, normalised);
      } finally {
        this.bulkReading = false;
        this.wakeIfQuiet();
      }
    };
    const run = BULK_OPERATIONS.has(op) ? () => this.bulk(bulkOnce) : once;
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        if (!isPoolFull(err) || attempt > POOL_FULL_RETRIES) throw mapError(err, op);
        // The pool was full for a moment: a whole-table operation was running, other reads held
        // it (each aggregation of a query takes pages of it: six readers grouping teammates at once
        // need ~36 MB on the imported graph), or writes since the last checkpoint did. Once the
        // whole-table operation is done and another read has given its memory back (or a while
        // has passed, for a checkpoint to free the written pages), the read tries again; the
        // caller sees a failure only after POOL_FULL_RETRIES more tries (~1.5 s).
        await this.bulkChain;
        await this.otherReadDone(50 * 2 ** (attempt - 1));
      }
    }
  }

  /** Runs `work` after every earlier whole-table operation has finished. */
  private bulk<T>(work: () => Promise<T>): Promise<T> {
    const run = this.bulkChain.then(work, work);
    this.bulkChain = run.catch(() => undefined);
    return run;
  }

  /**
   * Bumped when each write ends (after its commit or rollback). Only this process can write to
   * the file (the engine locks it), so caches of what was read stay valid while it is unchanged.
   */
  get generation(): number {
    return this.writes;
  }

  /** Queues `work` behind every earlier write on the single writer connection. */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const step = async () => {
      try {
        return await work();
      } finally {
        this.writes++;
        await this.maybeCheckpoint();
      }
    };
    const run = this.writeChain.then(step, step);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs on the write chain after a write: when the WAL has grown past the threshold, holds new
   * reads back, lets in-flight reads finish, and checkpoints. A failed checkpoint keeps the WAL
   * (nothing is lost) and is retried after the next write.
   */
  private async maybeCheckpoint(): Promise<void> {
    if (!this.walPath || this.closed) return;
    let size = 0;
    try {
      size = fs.statSync(this.walPath).size;
    } catch {
      return;
    }
    if (size < (this.options.checkpointWalBytes ?? DEFAULT_CHECKPOINT_WAL_BYTES)) return;
    let open!: () => void;
    this.readGate = new Promise<void>((resolve) => (open = resolve));
    try {
      await this.readsQuiet();
      await this.writer.runRaw('CHECKPOINT');
      this.checkpoints++;
      this.checkpointFailure = null;
    } catch (err) {
      // Retried after the next write; until one succeeds, /health says so.
      this.checkpointFailure = mapError(err, 'CHECKPOINT').message;
    } finally {
      this.readGate = null;
      open();
    }
  }

  async write(op: OperationName, params?: Params): Promise<Row[]> {
    this.ensureOpen();
    if (isEmptyBatch(params)) return [];
    const text = this.text(op);
    const normalised = normaliseParams(params);
    const write = () =>
      this.serialise(async () => {
        try {
          return await this.writer.run(text, normalised);
        } catch (err) {
          throw mapError(err, op);
        }
      });
    return BULK_OPERATIONS.has(op) ? this.bulk(write) : write();
  }

  async writeAll(steps: WriteStep[]): Promise<Row[][]> {
    this.ensureOpen();
    const prepared = steps.map((s) => ({ op: s.op, text: this.text(s.op), params: normaliseParams(s.params), skip: isEmptyBatch(s.params) }));
    const bulk = steps.some((s) => BULK_OPERATIONS.has(s.op));
    const write = () => this.serialise(async () => {
      // BEGIN and COMMIT can fail too (a full buffer pool at commit): mapped like a step's failure.
      await this.writer.runRaw('BEGIN TRANSACTION').catch((err: unknown) => {
        throw mapError(err, `${prepared[0]?.op ?? 'write'} (begin)`);
      });
      const out: Row[][] = [];
      try {
        for (const step of prepared) {
          if (step.skip) { out.push([]); continue; }
          try {
            out.push(await this.writer.run(step.text, step.params));
          } catch (err) {
            throw mapError(err, step.op);
          }
        }
        await this.writer.runRaw('COMMIT');
        return out;
      } catch (err) {
        await this.writer.runRaw('ROLLBACK').catch(() => undefined);
        throw mapError(err, `${prepared[prepared.length - 1]?.op ?? 'write'} (commit)`);
      }
    });
    return bulk ? this.bulk(write) : write();
  }

  async unkeyedFacts(): Promise<string[]> {
    return findUnkeyedFacts((op) => this.read(op));
  }

  async deleteUnkeyedFacts(ids: string[]): Promise<void> {
    await this.write('facts/delete-unkeyed', { ids });
  }

  async migrate(): Promise<void> {
    for (const statement of splitStatements(this.text('schema/migrate'))) {
      await this.serialise(() => this.writer.runRaw(statement)).catch((err) => {
        throw mapError(err, 'schema/migrate');
      });
    }
  }

  async health(): Promise<EngineHealth> {
    if (this.closed) return { ready: false, engine: this.kind, detail: 'closed' };
    try {
      await this.read('system/ping');
      return this.checkpointFailure
        ? { ready: true, engine: this.kind, detail: 'the last checkpoint failed; writes are kept in the write-ahead log and it is retried after the next write' }
        : { ready: true, engine: this.kind };
    } catch {
      return { ready: false, engine: this.kind, detail: 'database query failed' };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeChain;
    // Wait for in-flight reads to return their connections.
    await this.readsQuiet();
    for (const c of [this.writer, this.bulkReader, ...this.readers]) await c.conn.close().catch(() => undefined);
    await this.db.close().catch(() => undefined);
  }

  /** For diagnostics and benchmarks. */
  get settings(): Readonly<LadybugOptions> {
    return this.options;
  }

  /** Checkpoints run since the database was opened (diagnostics). */
  get checkpointCount(): number {
    return this.checkpoints;
  }
}
