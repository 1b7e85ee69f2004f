// Measures the longest list every list field returns on an imported graph, for the bounds in
// src/limits/list-bounds.ts. Reads every person, club, national team and stadium through the
// GraphQL API (nodes(ids:), limits lifted), two list levels deep, and prints Type.field → max.
//   DB_PATH=/tmp/graph.lbug node -r tsx/cjs bench/sampling/list-bounds.ts
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLSchema, type GraphQLType } from 'graphql';
import { loadConfig } from '../../src/config';
import { openEngine } from '../../src/graph/open-engine';
import { createGraphServer } from '../../src/server';
import { withConnection } from '../graphs';

const SAMPLING = (name: string) => fs.readFileSync(path.join(__dirname, `${name}.cypher`), 'utf8');
const isList = (t: GraphQLType): boolean => (isNonNullType(t) ? isList(t.ofType) : isListType(t));

function selection(schema: GraphQLSchema, type: GraphQLNamedType, levels: number): string {
  if (isUnionType(type)) return `__typename ${type.getTypes().map((t) => `... on ${t.name} { ${selection(schema, t, levels)} }`).join(' ')}`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (named.name.endsWith('Connection')) continue;
    const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
    if (isList(f.type)) parts.push(composite ? `${f.name} { ${levels > 1 ? selection(schema, named, levels - 1) : '__typename'} }` : f.name);
    else if (composite && levels > 1 && !['Query', 'Mutation'].includes(named.name) && f.name !== 'node') parts.push(`${f.name} { ${selection(schema, named, levels - 1)} }`);
  }
  return parts.join(' ');
}

async function main() {
  const dbPath = process.env.DB_PATH;
  if (!dbPath) throw new Error('DB_PATH is required');
  const ids: Record<string, string[]> = {};
  const extra: Record<string, number> = {};
  await withConnection(dbPath, async (q) => {
    for (const type of ['PERSON', 'CLUB', 'NATIONAL_TEAM', 'STADIUM']) ids[type] = (await q(SAMPLING('ids-by-type'), { type })).map((r) => String(r.id));
    extra['Fact.sources (CITES per fact)'] = Number((await q(SAMPLING('citations-per-fact')))[0]!.n);
    extra['Entity.sources (CITES per entity)'] = Number((await q(SAMPLING('citations-per-entity')))[0]!.n);
    extra['Query.sources (all sources)'] = Number((await q(SAMPLING('count-sources')))[0]!.n);
  });
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_ON_START: 'false' });
  const engine = await openEngine(config.engine);
  const server = await createGraphServer({
    config: { nodeEnv: 'test', sandbox: false, introspection: false, cache: { readBytes: 0, responseBytes: 0, linkIndex: false }, limits: { depth: 100, cost: 1e12, aliases: 1000, tokens: 100_000, bodyBytes: 1e7, pageSize: 100, maxHops: 6, batching: false, variablesDepth: 100, resultFields: 1e12, executionMs: 1e9 } },
    engine,
    log: pino({ level: 'silent' }),
  });
  const schema = (server.apollo as unknown as { internals: { state: { schemaManager: { getSchemaDerivedData(): { schema: GraphQLSchema } } } } }).internals.state.schemaManager.getSchemaDerivedData().schema;
  const max = new Map<string, { n: number; at: string }>();
  const walk = (v: unknown, owner: string) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, owner));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const t = typeof o.__typename === 'string' ? o.__typename : '?';
    const here = typeof o.id === 'string' ? o.id : owner;
    for (const [k, x] of Object.entries(o)) {
      if (Array.isArray(x)) {
        const key = `${t}.${k}`;
        const m = max.get(key);
        if (!m || x.length > m.n) max.set(key, { n: x.length, at: here });
      }
      walk(x, here);
    }
  };
  const started = Date.now();
  for (const [type, typeName] of [['PERSON', 'Person'], ['CLUB', 'Club'], ['NATIONAL_TEAM', 'NationalTeam'], ['STADIUM', 'Stadium']] as const) {
    const sel = selection(schema, schema.getType(typeName)!, 2);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${typeName} { id ${sel} } } }`;
    const all = ids[type]!;
    for (let i = 0; i < all.length; i += 100) {
      const res = await server.apollo.executeOperation({ query, variables: { ids: all.slice(i, i + 100) } }, { contextValue: server.createContext() });
      const r = (res.body as { singleResult: { data?: unknown; errors?: unknown[] } }).singleResult;
      if (r.errors) throw new Error(JSON.stringify(r.errors).slice(0, 500));
      walk(r.data, '');
    }
    process.stderr.write(`${typeName}: ${all.length} read, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  for (const [k, v] of [...max.entries()].sort()) console.log(`${k.padEnd(40)} ${String(v.n).padStart(6)}  (${v.at})`);
  for (const [k, n] of Object.entries(extra)) console.log(`${k.padEnd(40)} ${String(n).padStart(6)}`);
  await server.apollo.stop();
  await engine.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
