// The per-query database timeout on a real slow query: the engine stops it, the client gets a
// coded error without the engine's words, and the same server keeps serving.
import type { GraphEngine, Params, Row } from '../../src/graph/engine';
import { EngineError } from '../../src/graph/engine';
import type { OperationName } from '../../src/graph/operations';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

jest.setTimeout(60_000);

/** A filtered cross product of 100k × 100k rows: minutes of work, unless the timeout stops it. */
const SLOW = { n: 100_000 };
const TIMEOUT_MS = '1000';

let graph: OwnGraph;
let api: HttpService;

/**
 * The real engine, except that looking up one reserved id runs the heavy test query on the same
 * database instead: a slow query reached through the real request path.
 */
function withSlowLookup(engine: GraphEngine): GraphEngine {
  return {
    ...engine,
    kind: engine.kind,
    read(op: OperationName, params?: Params): Promise<Row[]> {
      const ids = params?.ids;
      if (op === 'entities/by-ids' && Array.isArray(ids) && ids.includes('person:slow-query')) return engine.read(testOp('test/slow'), SLOW);
      return engine.read(op, params);
    },
    write: (op, params) => engine.write(op, params),
    writeAll: (steps) => engine.writeAll(steps),
    migrate: () => engine.migrate(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

beforeAll(async () => {
  graph = await openGraphWith({ DB_QUERY_TIMEOUT_MS: TIMEOUT_MS });
  api = await startHttpService(withSlowLookup(graph.engine));
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('per-query timeout (DB_QUERY_TIMEOUT_MS)', () => {
  it('stops a slow query in the engine with a TIMEOUT EngineError', async () => {
    const err = await graph.engine.read(testOp('test/slow'), SLOW).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe('TIMEOUT');
  });

  it('answers a timed-out request with code TIMEOUT and no engine message, then keeps serving', async () => {
    const slow = await api.gql('{ person(id: "person:slow-query") { name } }');
    expect(slow.status).toBe(200);
    expect(slow.body.data).toEqual({ person: null });
    expect(slow.body.errors).toHaveLength(1);
    expect(slow.body.errors![0]).toMatchObject({ message: 'The query took too long and was stopped', path: ['person'], extensions: { code: 'TIMEOUT' } });
    expect(slow.text).not.toMatch(/interrupt|exception|test\/slow|stack/i);

    const next = await api.gql('{ person(id: "person:steven-defour") { name } }');
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data).toEqual({ person: { name: 'Steven Defour' } });
    const health = await api.request('GET', '/health');
    expect(health.status).toBe(200);
  });

  it('keeps serving other requests while slow ones time out', async () => {
    const results = await Promise.all([
      api.gql('{ person(id: "person:slow-query") { name } }'),
      api.gql('{ club(id: "club:kv-mechelen") { name } }'),
      api.gql('{ person(id: "person:slow-query") { name } }'),
      api.gql('{ person(id: "person:steven-defour") { name } }'),
    ]);
    expect(results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(['TIMEOUT', 'ok', 'TIMEOUT', 'ok']);
  });
});
