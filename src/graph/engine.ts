// The one small interface every graph engine implements: run a named Cypher operation with
// parameters in a read or write transaction and get plain JS rows back.
import type { OperationName } from './operations';

/** A plain JS value as it leaves the engine layer: no driver Integers, no engine node objects. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
export type Row = Record<string, PlainValue>;
export type Params = Record<string, unknown>;

export type EngineKind = 'ladybug' | 'neo4j';

/** One statement of an atomic write. */
export interface WriteStep {
  op: OperationName;
  params?: Params;
}

export interface EngineHealth {
  ready: boolean;
  engine: EngineKind;
  detail?: string;
}

export interface GraphEngine {
  readonly kind: EngineKind;
  /**
   * Bumped after every write through this engine (committed or not), and by `sync` when another
   * process wrote: a value read at one generation holds until the generation moves. Undefined:
   * nothing may be cached.
   */
  readonly generation?: number;
  /**
   * Where other processes may write to the database too (Neo4j), moves `generation` on if any
   * did since the last call (one keyed read of a stamp every write transaction renews). Called
   * once at the start of each request, so caches answer as of that moment. Absent where only
   * this process writes (the embedded engine).
   */
  sync?(): Promise<void>;
  /** Runs a read-only operation. */
  read(op: OperationName, params?: Params): Promise<Row[]>;
  /** Runs one write operation in its own transaction. */
  write(op: OperationName, params?: Params): Promise<Row[]>;
  /** Runs several write operations in one transaction: all of them or none. */
  writeAll(steps: WriteStep[]): Promise<Row[][]>;
  /**
   * Facts the database stores but cannot find by id: LadybugDB 0.19.1 loses the key of a newly
   * created fact now and then (src/graph/fact-keys.ts). Bulk writers ask after writing and write
   * such facts again. Always none on Neo4j, which keeps its key index in the writing transaction.
   */
  unkeyedFacts(): Promise<string[]>;
  /** Deletes these facts and their edges, found by id as text (their key is lost), to be written again. */
  deleteUnkeyedFacts(ids: string[]): Promise<void>;
  /** Creates tables, constraints and indexes; idempotent. */
  migrate(): Promise<void>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
}

/**
 * An engine failure. `code` is safe to show a client; `message` may hold the engine's own words
 * and is only logged.
 */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    message: string,
    readonly code: 'TIMEOUT' | 'UNAVAILABLE' | 'INVALID_PARAMS' | 'LOCKED' | 'ENGINE_FAILURE',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
