// On Neo4j a fact of a sparse kind has an ABOUT_SPARSE twin of each ABOUT to an entity, and the
// reads of sparse kinds follow the twins (cypher/facts/about.neo4j.cypher). The Cypher files that
// write or choose them name the kinds in list literals (a relationship type cannot be a parameter):
// each list must be the domain's bulk list (BULK_KINDS, with '*' where a read asks for every kind)
// or its sparse list, so that a new kind cannot be written one way and read the other.
import { BULK_KINDS, FACT_KIND_NAMES, SPARSE_KINDS } from '../../src/domain/facts';
import { listCypherFiles } from '../../src/graph/cypher-loader';
import { SPARSE_TWINS_KEY } from '../../src/graph/operations';

const files = listCypherFiles().filter((f) => f.text.includes('ABOUT_SPARSE'));
/** Every list literal of quoted strings in a file's Cypher (comments left out). */
const lists = (text: string): string[][] =>
  [...text.replace(/^\s*\/\/.*$/gm, '').matchAll(/\[\s*('[^']*'(?:\s*,\s*'[^']*')*)\s*\]/g)].map((m) => [...m[1]!.matchAll(/'([^']*)'/g)].map((q) => q[1]!));

describe('the kinds that have ABOUT_SPARSE twins on Neo4j', () => {
  it('split every kind in two', () => {
    expect([...BULK_KINDS, ...SPARSE_KINDS].sort()).toEqual([...FACT_KIND_NAMES].sort());
    expect(SPARSE_KINDS).toContain('tenure');
    expect(BULK_KINDS).toEqual(expect.arrayContaining(['spell', 'transfer', 'squad', 'match']));
  });

  it('are written and read only by Neo4j files', () => {
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['facts/about.neo4j.cypher', 'facts/about-page.neo4j.cypher', 'facts/about-batch.neo4j.cypher', 'facts/link-about-entity.neo4j.cypher', 'facts/unlink.neo4j.cypher', 'backup/restore-about-entity.neo4j.cypher', 'schema/migrate.neo4j.cypher']),
    );
    for (const f of files) expect({ file: f.file, engine: f.engine }).toEqual({ file: f.file, engine: 'neo4j' });
  });

  it('are made once on an older graph, which the migration records under SPARSE_TWINS_KEY', () => {
    const migrate = files.find((f) => f.file === 'schema/migrate.neo4j.cypher')!.text.replace(/^\s*\/\/.*$/gm, '');
    expect(migrate.split(`'${SPARSE_TWINS_KEY}'`).length - 1).toBe(2);
  });

  it.each(files.map((f) => [f.file, f.text] as const))('%s names them as the domain does', (_file, text) => {
    const allowed = [JSON.stringify([...BULK_KINDS]), JSON.stringify(['*', ...BULK_KINDS]), JSON.stringify([...SPARSE_KINDS])];
    for (const list of lists(text)) expect(allowed).toContain(JSON.stringify(list));
    if (!/DELETE/.test(text)) expect(lists(text).length).toBeGreaterThan(0);
  });
});
