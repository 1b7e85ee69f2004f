// Every Cypher file meant for Neo4j (portable files and *.neo4j.cypher) must parse clean with
// Neo4j's own parser; every declared operation must resolve for both engines.
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { listCypherFiles, loadCypherCatalog, splitStatements } from '../../src/graph/cypher-loader';
import { OPERATIONS } from '../../src/graph/operations';
import { TEST_CYPHER } from '../support/test-cypher';

const files = [...listCypherFiles(), ...listCypherFiles(TEST_CYPHER.dir).map((f) => ({ ...f, file: `tests/cypher/${f.file}` }))];
const forNeo4j = files.filter((f) => f.engine !== 'ladybug');
const dbSchema = { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };

describe('Cypher files', () => {
  it('exist', () => {
    expect(forNeo4j.length).toBeGreaterThan(10);
  });

  it.each(forNeo4j.map((f) => [f.file, f] as const))('%s parses with the Neo4j parser', (_name, file) => {
    for (const statement of splitStatements(file.text)) {
      const { diagnostics } = lintCypherQuery(statement, dbSchema);
      const errors = diagnostics.filter((d) => isNotParamError(d as never)).filter((d) => d.severity === 1);
      expect(errors.map((d) => d.message)).toEqual([]);
    }
  });

  it.each(['ladybug', 'neo4j'] as const)('every declared operation resolves on %s', (engine) => {
    expect(() => loadCypherCatalog(engine)).not.toThrow();
    expect(() => loadCypherCatalog(engine, undefined, TEST_CYPHER)).not.toThrow();
  });

  it('keeps test-only Cypher out of the application\'s catalogue', () => {
    expect(OPERATIONS.filter((op) => op.startsWith('test/'))).toEqual([]);
    expect(listCypherFiles().filter((f) => f.operation.startsWith('test/')).map((f) => f.file)).toEqual([]);
    expect(loadCypherCatalog('ladybug').has('test/slow' as never)).toBe(false);
  });

  it('builds no query text from values: parameters only', () => {
    for (const f of files) expect(f.text).not.toMatch(/\$\{/);
  });
});
