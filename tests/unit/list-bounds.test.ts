// Every plain list field of the schema has a declared bound (src/limits/list-bounds.ts), so the
// cost estimate never takes a list for one item; and the bounds keep the service's own
// operations (schema examples, the explorer's) under the default cost.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, parse, type GraphQLType, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { checkLimits, measureOperation } from '../../src/limits/analyse';
import { declaredBound, LIST_BOUNDS } from '../../src/limits/list-bounds';
import { loadTypeDefs } from '../../src/schema';

const schema = buildSchema(loadTypeDefs());
const isList = (t: GraphQLType): boolean => (isNonNullType(t) ? isList(t.ofType) : isListType(t));

function plainListFields(): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const f of Object.values(type.getFields())) {
      if (!isList(f.type)) continue;
      if (type.name.endsWith('Connection') && (f.name === 'edges' || f.name === 'nodes')) continue;
      if (f.args.some((a) => a.name === 'ids')) continue;
      out.push(`${type.name}.${f.name}`);
    }
  }
  return out.sort();
}

describe('list bounds', () => {
  it('declares a bound for every plain list field of the schema, and none for fields that are gone', () => {
    const fields = plainListFields();
    expect(fields.filter((f) => declaredBound(f.slice(0, f.indexOf('.')), f.slice(f.indexOf('.') + 1)) === undefined)).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter((k) => !fields.includes(k))).toEqual([]);
  });

  it('puts the nested-squads attack far over the default cost, whatever its depth says', () => {
    const document = parse(`{ nationalTeam(id: "nt:brazil") { squads { players { person { squadMemberships { team { ... on NationalTeam { squads { players { person { id } } } } } } } } } } }`);
    const figures = measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode);
    expect(figures.depth).toBe(10);
    expect(figures.cost).toBeGreaterThan(1_000_000);
    expect(checkLimits(figures, DEFAULT_LIMITS)?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  const operations = (dir: string, ext: RegExp) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f))
      .map((f) => [path.relative(path.join(__dirname, '..', '..'), path.join(dir, f)), fs.readFileSync(path.join(dir, f), 'utf8')] as const);

  it.each([...operations(path.join(__dirname, '..', '..', 'schema', 'examples'), /\.graphql$/), ...operations(path.join(__dirname, '..', '..', 'src', 'explorer', 'client', 'operations'), /\.graphql$/)])(
    'keeps %s under the default limits',
    (_file, text) => {
      const document = parse(text);
      for (const def of document.definitions) {
        if (def.kind !== 'OperationDefinition') continue;
        const figures = measureOperation(schema, document, def);
        expect({ name: def.name?.value, error: checkLimits(figures, DEFAULT_LIMITS)?.message ?? null }).toEqual({ name: def.name?.value, error: null });
      }
    },
  );
});
