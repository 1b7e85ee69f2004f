// Several processes starting at once on a Neo4j nobody has migrated yet: each runs the schema
// migration, and they race on the schema lock. Neo4j answers the loser with "already exists" or
// with a deadlock it asks to be retried; every start-up must still succeed and leave the schema
// whole. (The embedded engine locks its file to one process: there is nothing to race there.)
import { loadCypherCatalog, splitStatements } from '../../src/graph/cypher-loader';
import { openEngine } from '../../src/graph/open-engine';
import type { GraphEngine } from '../../src/graph/engine';
import { acquireDatabase, dropNeo4jSchema, testConfig, type TestDatabase } from '../support/graph';

jest.setTimeout(300_000);

let db: TestDatabase;

beforeAll(async () => {
  db = await acquireDatabase();
});

afterAll(async () => {
  await db?.release();
});

/** Every statement of the migration creates one constraint or index. */
/** The migration's constraints and indexes (its other statements write data: the ABOUT_SPARSE twins). */
const SCHEMA_RULES = splitStatements(loadCypherCatalog('neo4j').get('schema/migrate')!).filter((s) => /^CREATE (CONSTRAINT|INDEX)\b/.test(s)).length;

describe('concurrent start-ups on an unmigrated Neo4j', () => {
  it.each([1, 2, 3])('round %i: four engines opened at once all start, and the schema is whole', async () => {
    await dropNeo4jSchema(db.uri!);
    const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openEngine(testConfig(db).engine)));
    const engines = opened.filter((o): o is PromiseFulfilledResult<GraphEngine> => o.status === 'fulfilled').map((o) => o.value);
    try {
      expect(opened.map((o) => (o.status === 'rejected' ? String((o.reason as Error).message) : 'started'))).toEqual(['started', 'started', 'started', 'started']);
    } finally {
      await Promise.all(engines.map((e) => e.close()));
    }
    // Dropping again counts what the migration created: all of it, once.
    expect(await dropNeo4jSchema(db.uri!)).toBe(SCHEMA_RULES);
    // Leave the server migrated for whoever takes it next.
    const engine = await openEngine(testConfig(db).engine);
    await engine.close();
  });
});
