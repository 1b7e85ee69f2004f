// The layers of src/ (README "Architecture"): each module may import only from its own layer or
// lower ones, and no import circle exists, type-only imports included. Read with TypeScript's own
// pre-processor, so the rule holds for what the compiler sees.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

/** Lowest first. A path matches the first pattern it starts with. */
const LAYERS: { name: string; paths: string[] }[] = [
  { name: 'domain', paths: ['config.ts', 'logger.ts', 'errors.ts', 'domain/', 'knowledge/', 'auth/'] },
  { name: 'engine', paths: ['graph/'] },
  { name: 'repositories', paths: ['repositories/'] },
  { name: 'services', paths: ['services/'] },
  { name: 'resolvers', paths: ['resolvers/', 'graphql/', 'context.ts', 'limits/'] },
  { name: 'server', paths: ['server.ts', 'start.ts', 'main.ts', 'schema.ts', 'cache/', 'web/', 'explorer/', 'graphiql/', 'cli/'] },
];

function layerOf(rel: string): number {
  const i = LAYERS.findIndex((l) => l.paths.some((p) => rel === p || rel.startsWith(p)));
  if (i < 0) throw new Error(`src/${rel} is in no layer: add its folder to LAYERS`);
  return i;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__generated__' && dir.endsWith('client') ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(cand) && fs.statSync(cand).isFile()) return cand;
  }
  return null;
}

/** Server code only: the browser bundles (explorer/graphiql clients) are checked by their own tsconfig. */
const files = sources(SRC).filter((f) => !/\/(explorer|graphiql)\/client\//.test(f));
const graph = new Map<string, string[]>();
for (const f of files) {
  const info = ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true);
  graph.set(
    f,
    info.importedFiles.map((i) => resolveImport(f, i.fileName)).filter((x): x is string => x !== null && /\.tsx?$/.test(x)),
  );
}
const rel = (f: string) => path.relative(SRC, f);

describe('layers of src/', () => {
  it('every module imports only from its own layer or lower ones', () => {
    const upward: string[] = [];
    for (const [f, deps] of graph) {
      const own = layerOf(rel(f));
      for (const d of deps) {
        const theirs = layerOf(rel(d));
        if (theirs > own) upward.push(`${rel(f)} (${LAYERS[own]!.name}) imports ${rel(d)} (${LAYERS[theirs]!.name})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'open') circles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it('the check sees an upward import and a circle when there is one', () => {
    // Guards the test itself: the graph above is non-trivial and the layer table covers it.
    expect(graph.size).toBeGreaterThan(100);
    expect(layerOf('graph/engine.ts')).toBeLessThan(layerOf('repositories/rows.ts'));
    expect(layerOf('services/import/runner.ts')).toBeGreaterThan(layerOf('repositories/rows.ts'));
  });
});
