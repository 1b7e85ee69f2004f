// Requests arriving together share the data stamp's reads (Neo4jEngine.sync): what that must not
// cost is freshness. A sync that starts after another process's write committed sees that
// write, even while a read started before the write is still running; concurrent syncs end
// at the same generation. Two engines on one database stand for two service processes.
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { acquireDatabase, testConfig, type TestDatabase } from '../support/graph';

let db: TestDatabase;
let reader: GraphEngine;
let writer: GraphEngine;

beforeAll(async () => {
  db = await acquireDatabase();
  reader = await openEngine(testConfig(db).engine);
  writer = await openEngine(testConfig(db).engine);
  await reader.migrate();
});

afterAll(async () => {
  await reader?.close();
  await writer?.close();
  await db?.release();
});

/** A write of the other process that renews the data stamp (any graph write does). */
const otherProcessWrites = (n: number) => writer.write('meta/set', { rows: [{ key: `test:shared-stamp:${n}`, value: String(n) }] });

it('a sync that arrives after a write sees it, though a read started before the write is still running', async () => {
  for (let round = 0; round < 20; round++) {
    await reader.sync!();
    const before = reader.generation!;
    const running = reader.sync!(); // its stamp read may be older than the write below
    await otherProcessWrites(round);
    const arrivedAfter = reader.sync!(); // must wait for a read that starts after now
    await Promise.all([running, arrivedAfter]);
    const after = reader.generation!;
    expect(after).toBeGreaterThan(before);
    // Nothing was written since: a fresh sync finds the stamp already seen.
    await reader.sync!();
    expect(reader.generation).toBe(after);
  }
});

it('fifty syncs at once end at one generation that has seen the last write', async () => {
  await otherProcessWrites(100);
  const before = reader.generation!;
  await Promise.all(Array.from({ length: 50 }, () => reader.sync!()));
  const after = reader.generation!;
  expect(after).toBeGreaterThan(before);
  await reader.sync!();
  expect(reader.generation).toBe(after);
});

