// The Neo4j engine: one driver, connectivity verified at start, reads and writes in managed
// transactions with a timeout; driver integers and temporal values leave as plain JS.
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherCatalog } from './cypher-loader';
import { splitStatements } from './cypher-loader';
import { EngineError, type EngineHealth, type GraphEngine, type Params, type Row, type WriteStep } from './engine';
import type { OperationName } from './operations';
import { isEmptyBatch, normaliseParams, toPlain } from './values';

export interface Neo4jOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
  queryTimeoutMs: number;
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

export class Neo4jEngine implements GraphEngine {
  readonly kind = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly catalog: CypherCatalog,
    private readonly options: Neo4jOptions,
  ) {}

  static async open(options: Neo4jOptions, catalog: CypherCatalog): Promise<Neo4jEngine> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      disableLosslessIntegers: false,
    });
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (err) {
      await driver.close().catch(() => undefined);
      const code = (err as { code?: string }).code ?? 'unknown';
      throw new EngineError(`Cannot reach Neo4j at ${options.uri} (${code})`, 'UNAVAILABLE', { cause: err });
    }
    return new Neo4jEngine(driver, catalog, options);
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

  async read(op: OperationName, params?: Params): Promise<Row[]> {
    if (isEmptyBatch(params)) return [];
    const text = this.text(op);
    const p = toDriverValue(normaliseParams(params)) as Record<string, unknown>;
    const session = this.session('READ');
    try {
      const res = await session.executeRead((tx) => tx.run(text, p), this.txConfig());
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      throw mapError(err, op);
    } finally {
      await session.close();
    }
  }

  async write(op: OperationName, params?: Params): Promise<Row[]> {
    const [rows] = await this.writeAll([{ op, params }]);
    return rows ?? [];
  }

  async writeAll(steps: WriteStep[]): Promise<Row[][]> {
    const prepared = steps.map((s) => ({ op: s.op, text: this.text(s.op), params: toDriverValue(normaliseParams(s.params)) as Record<string, unknown>, skip: isEmptyBatch(s.params) }));
    const session = this.session('WRITE');
    let current = '';
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const step of prepared) {
          current = step.op;
          if (step.skip) { out.push([]); continue; }
          const res = await tx.run(step.text, step.params);
          out.push(res.records.map((r) => toPlain(r.toObject()) as Row));
        }
        return out;
      }, this.txConfig());
    } catch (err) {
      throw mapError(err, current);
    } finally {
      await session.close();
    }
  }

  async migrate(): Promise<void> {
    // Schema statements cannot share a transaction with each other on Neo4j.
    for (const statement of splitStatements(this.text('schema/migrate'))) {
      const session = this.session('WRITE');
      try {
        await session.run(statement);
      } catch (err) {
        throw mapError(err, 'schema/migrate');
      } finally {
        await session.close();
      }
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.read('system/ping');
      return { ready: true, engine: this.kind };
    } catch {
      return { ready: false, engine: this.kind, detail: 'Neo4j unreachable' };
    }
  }

  async close(): Promise<void> {
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
