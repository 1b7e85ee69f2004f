// graphql-codegen plugin: writes the two registries that follow from the schema, so that adding
// a type never means editing a list by hand.
// - `registry: facts`: every object type implementing `Fact` has its declaration in
//   src/domain/facts/<kebab-type>.ts, exported as <camelType>; the registry imports them all.
// - `registry: resolvers`: every type that needs resolvers has src/resolvers/<Type>.ts exporting
//   <Type> (scalars: <Type>Scalar): Query, Mutation, interfaces, unions, scalars, mapped types
//   (config `mappers`) and the `Fact` implementations (mapped by the default mapper), plus any
//   other type whose file exists. A missing file fails `npm run typecheck`.
const fs = require('node:fs');
const path = require('node:path');
const { isObjectType, isInterfaceType, isUnionType, isScalarType, isSpecifiedScalarType } = require('graphql');

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (s) => s[0].toLowerCase() + s.slice(1);

function factTypes(schema) {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Fact'))
    .map((t) => t.name)
    .sort();
}

function facts(schema) {
  const types = factTypes(schema);
  return [
    ...types.map((t) => `import { ${camel(t)} } from '../${kebab(t)}';`),
    '',
    '/** Every fact kind, in GraphQL type order. */',
    `export const FACT_KIND_LIST = [${types.map(camel).join(', ')}] as const;`,
    '',
    '/** The declarations by GraphQL type name. */',
    `export const BY_TYPENAME = { ${types.map((t) => `${t}: ${camel(t)}`).join(', ')} } as const;`,
    '',
  ].join('\n');
}

function resolvers(schema, config, outputFile) {
  const dir = path.resolve(path.dirname(outputFile), '..');
  const mapped = new Set(Object.keys(config.mappers ?? {}));
  for (const t of factTypes(schema)) mapped.add(t);
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));
  const entries = [];
  for (const t of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (t.name.startsWith('__')) continue;
    if (isScalarType(t)) {
      if (!isSpecifiedScalarType(t)) entries.push({ type: t.name, name: `${t.name}Scalar` });
      continue;
    }
    const needs = roots.has(t.name) || isInterfaceType(t) || isUnionType(t) || (isObjectType(t) && mapped.has(t.name));
    const exists = fs.existsSync(path.join(dir, `${t.name}.ts`));
    if ((isObjectType(t) || isInterfaceType(t) || isUnionType(t)) && (needs || exists)) entries.push({ type: t.name, name: t.name });
  }
  return [
    "import type { Resolvers } from '../../graphql/__generated__/resolvers-types';",
    ...entries.map((e) => `import { ${e.name} } from '../${e.type}';`),
    '',
    '/** Every resolver map, one file per GraphQL type. */',
    'export const resolvers: Resolvers = {',
    ...entries.map((e) => (e.name === e.type ? `  ${e.type},` : `  ${e.type}: ${e.name},`)),
    '};',
    '',
  ].join('\n');
}

module.exports = {
  plugin(schema, _documents, config, info) {
    if (config.registry === 'facts') return facts(schema);
    if (config.registry === 'resolvers') return resolvers(schema, config, info.outputFile);
    throw new Error(`registries plugin: unknown registry ${config.registry}`);
  },
};
