// The coaching trees' operations are one file per direction, depth and engine (a walk's hop bound
// cannot be a parameter): the files of one direction and engine must differ only in that bound.
import { listCypherFiles } from '../../src/graph/cypher-loader';

const files = listCypherFiles().filter((f) => f.operation.startsWith('coaching/'));

/** The text with its depth, hop bound and the depth's own words taken out. */
function shape(text: string, depth: number): string {
  return text
    .replace(`TRAIL 2..${2 * depth} `, 'TRAIL 2..N ')
    .replace(`{1,${depth}}`, '{1,N}')
    .replace(depth === 1 ? '1 level' : `${depth} levels`, 'N levels')
    .replaceAll(`-tree-${depth}-page.`, '-tree-N-page.');
}

describe('coaching tree Cypher files', () => {
  it.each(['mentor', 'mentee'].flatMap((d) => ['ladybug', 'neo4j'].map((e) => [d, e] as const)))('%s trees on %s: one file per depth 1–5, alike but for the bound', (direction, engine) => {
    const mine = files.filter((f) => f.engine === engine && f.operation.startsWith(`coaching/${direction}-tree-`));
    expect(mine.map((f) => f.operation).sort()).toEqual([1, 2, 3, 4, 5].map((d) => `coaching/${direction}-tree-${d}-page`));
    const shapes = mine.map((f) => shape(f.text, Number(f.operation.match(/-tree-(\d)-page$/)![1])));
    for (const [i, s] of shapes.entries()) {
      expect(s).not.toBe(mine[i]!.text);
      expect(s).toBe(shapes[0]);
    }
  });
});
