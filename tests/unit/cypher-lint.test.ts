// Every Cypher file meant for Neo4j (portable files and *.neo4j.cypher) must parse clean with
// Neo4j's own parser; every declared operation must resolve for both engines.
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { compactCypher, listCypherFiles, loadCypherCatalog, splitStatements } from '../../src/graph/cypher-loader';
import { OPERATIONS } from '../../src/graph/operations';
import { TEST_CYPHER } from '../support/test-cypher';

const files = [...listCypherFiles(), ...listCypherFiles(TEST_CYPHER.dir).map((f) => ({ ...f, file: `tests/cypher/${f.file}` }))];
const forNeo4j = files.filter((f) => f.engine !== 'ladybug');
const dbSchema = { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };

describe('Cypher files', () => {
  it('exist', () => {
    expect(forNeo4j.length).toBeGreaterThan(10);
  });

  it.each(forNeo4j.map((f) => [f.file, f] as const))('%s parses with the Neo4j parser, as sent', (_name, file) => {
    for (const statement of splitStatements(compactCypher(file.text))) {
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

  it('sends each file without its comments and indentation, its statements unchanged', () => {
    const text = '// what it does\nMATCH (p:Person {id: $id})\n  // why this form\n  WHERE p.name <> \'//\'\n\nRETURN p.id AS id;\n// next\nRETURN 1 AS one\n';
    expect(compactCypher(text)).toBe("MATCH (p:Person {id: $id})\nWHERE p.name <> '//'\nRETURN p.id AS id;\nRETURN 1 AS one");
    expect(splitStatements(compactCypher(text))).toEqual(splitStatements(text).map((s) => compactCypher(s)));
    for (const engine of ['ladybug', 'neo4j'] as const) {
      for (const [op, sent] of loadCypherCatalog(engine)) {
        expect([op, sent.split('\n').filter((line) => line.trimStart().startsWith('//'))]).toEqual([op, []]);
      }
    }
  });

  it('builds no query text from values: parameters only', () => {
    for (const f of files) expect(f.text).not.toMatch(/\$\{/);
  });
});
