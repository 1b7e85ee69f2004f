// Cypher behaviour the engine layer works around, shown on the real engine (both engines in the
// Neo4j pass): collect() skips nulls, so grouped reads of parallel lists collect '' and -1 in
// their place (src/graph/packed.ts unpackLists reads them back as null).
import { openTestGraph, type TestGraph } from '../support/graph';
import { testOp } from '../support/test-cypher';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

it('collect() skips nulls: lists collected side by side would shift against each other', async () => {
  const [row] = await graph.engine.read(testOp('test/collect-skips-nulls'));
  expect(row!.xs).toEqual([1, 3]);
  expect(row!.kept).toEqual([1, -1, 3]);
});
