// The coaching trees' operations are one file per direction, depth, kind (page, ways) and engine
// (a walk's hop bound cannot be a parameter): the files of one direction, kind and engine must
// differ only in that bound.
import { listCypherFiles } from '../../src/graph/cypher-loader';

const files = listCypherFiles().filter((f) => f.operation.startsWith('coaching/'));

/** The text with its depth, hop bounds and the depth's own words taken out. */
function shape(text: string, depth: number): string {
  return text
    .replace(`TRAIL 2..${2 * depth} `, 'TRAIL 2..N ')
    .replace(`TRAIL 1..${2 * depth - 1} `, 'TRAIL 1..N ')
    .replace(`{1,${depth}}`, '{1,N}')
    .replaceAll(depth === 1 ? '1 level' : `${depth} levels`, 'N levels')
    .replaceAll(`-tree-${depth}-`, '-tree-N-');
}

const kinds = ['mentor', 'mentee'].flatMap((d) => ['page', 'ways'].flatMap((k) => ['ladybug', 'neo4j'].map((e) => [d, k, e] as const)));

describe('coaching tree Cypher files', () => {
  it.each(kinds)('%s tree %s on %s: one file per depth 1–5, alike but for the bound', (direction, kind, engine) => {
    const mine = files.filter((f) => f.engine === engine && new RegExp(`^coaching/${direction}-tree-\\d-${kind}$`).test(f.operation));
    expect(mine.map((f) => f.operation).sort()).toEqual([1, 2, 3, 4, 5].map((d) => `coaching/${direction}-tree-${d}-${kind}`));
    const shapes = mine.map((f) => shape(f.text, Number(f.operation.match(/-tree-(\d)-/)![1])));
    for (const [i, s] of shapes.entries()) {
      expect(s).not.toBe(mine[i]!.text);
      expect(s).toBe(shapes[0]);
    }
  });
});
