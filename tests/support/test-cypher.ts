// Cypher only tests run (tests/cypher/test/*.cypher): dumps of what an import wrote, probes of
// the fact-ref copies, a deliberately slow query, a simulated engine fault. Kept out of the application's catalogue
// (cypher/, src/graph/operations.ts); engines opened through the test support get them added.
import path from 'node:path';
import type { CypherExtension } from '../../src/graph/cypher-loader';
import type { OperationName } from '../../src/graph/operations';

export const TEST_OPERATIONS = [
  'test/slow',
  'test/import-dump-entities',
  'test/import-dump-facts',
  'test/import-dump-edges',
  'test/import-dump-sources',
  'test/fact-ref-copies',
  'test/fact-about-edges',
  'test/forget-fact-refs',
  'test/forget-about-kinds',
  'test/sparse-about-edges',
  'test/forget-sparse-edges',
  'test/key-check-losing',
  'test/ids-keyed-losing',
  'test/delete-unkeyed-healing',
  'test/collect-skips-nulls',
] as const;

export type TestOperation = (typeof TEST_OPERATIONS)[number];

export const TEST_CYPHER: CypherExtension = { dir: path.resolve(__dirname, '..', 'cypher'), operations: TEST_OPERATIONS };

/** A test operation's name, for an engine opened with `TEST_CYPHER`. */
export function testOp(name: TestOperation): OperationName {
  return name as unknown as OperationName;
}
