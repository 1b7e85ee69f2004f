// graphql-codegen plugin: writes the two registries that follow from the schema, so that adding
// a type never means editing a list by hand.
// - `registry: facts`: every object type implementing `Fact` has its declaration in
//   src/domain/facts/<kebab-type>.ts, exported as <camelType>; the registry imports them all.
// - `registry: resolvers`: every type that needs resolvers has src/resolvers/<Type>.ts exporting
//   <Type> (scalars: <Type>Scalar): Query, Mutation, interfaces, unions, scalars, mapped types
//   (config `mappers`) and the `Fact` implementations (mapped by the default mapper), plus any
//   other type whose file exists. A missing file fails `npm run typecheck`.
// - `registry: edits`: every `Fact` implementation <Type> with the mutations add<Type> and
//   correct<Type> (schema/editing.graphql) has its edit declaration in
//   src/services/editing/kinds/<kebab-type>.ts, exported as <camelType>; the registry names its
//   mutations, the payload field that returns it, its audit actions (ADD_/CORRECT_<TYPE> of
//   EditAction) and its inputs, and checks the declaration against those inputs.
const fs = require('node:fs');
const path = require('node:path');
const { getNamedType, isObjectType, isInterfaceType, isUnionType, isScalarType, isSpecifiedScalarType } = require('graphql');

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (s) => s[0].toLowerCase() + s.slice(1);
const constant = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

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

function edits(schema) {
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const actions = new Set((schema.getType('EditAction')?.getValues() ?? []).map((v) => v.name));
  const inputOf = (field) => getNamedType(field.args.find((a) => a.name === 'input').type).name;
  const kinds = factTypes(schema)
    .filter((t) => mutations[`add${t}`])
    .map((t) => {
      const add = mutations[`add${t}`];
      const correct = mutations[`correct${t}`];
      const payload = Object.values(getNamedType(add.type).getFields()).find((f) => getNamedType(f.type).name === t);
      const want = [`ADD_${constant(t)}`, `CORRECT_${constant(t)}`];
      const missing = [...(correct ? [] : [`Mutation.correct${t}`]), ...(payload ? [] : [`a ${t} field in ${getNamedType(add.type).name}`]), ...want.filter((a) => !actions.has(a)).map((a) => `EditAction.${a}`)];
      if (missing.length > 0) throw new Error(`registries plugin: ${t} has Mutation.add${t} but no ${missing.join(', ')}`);
      return { t, add: inputOf(add), correct: inputOf(correct), payload: payload.name, actions: want };
    });
  return [
    `import type { ${['EditAction', ...kinds.flatMap((k) => [k.add, k.correct])].sort().join(', ')} } from '../../../domain/__generated__/schema-types';`,
    "import type { FactEdit } from '../kinds/define';",
    ...kinds.map((k) => `import { ${camel(k.t)} } from '../kinds/${kebab(k.t)}';`),
    '',
    '/** The inputs of each editable fact kind, by GraphQL type. */',
    'export interface EditInputs {',
    ...kinds.map((k) => `  ${k.t}: { add: ${k.add}; correct: ${k.correct} };`),
    '}',
    '',
    '/** Every editable fact kind by GraphQL type: its edit declaration, mutations, payload field and audit actions. */',
    'export const EDITABLE_FACTS = {',
    ...kinds.map(
      (k) => `  ${k.t}: { typename: '${k.t}', edit: ${camel(k.t)}, add: 'add${k.t}', correct: 'correct${k.t}', payload: '${k.payload}', actions: { add: '${k.actions[0]}', correct: '${k.actions[1]}' } },`,
    ),
    '} as const satisfies {',
    '  [T in keyof EditInputs]: { typename: T; edit: FactEdit<EditInputs[T][\'add\'], EditInputs[T][\'correct\']>; add: string; correct: string; payload: string; actions: { add: EditAction; correct: EditAction } };',
    '};',
    '',
  ].join('\n');
}

module.exports = {
  plugin(schema, _documents, config, info) {
    if (config.registry === 'facts') return facts(schema);
    if (config.registry === 'resolvers') return resolvers(schema, config, info.outputFile);
    if (config.registry === 'edits') return edits(schema);
    throw new Error(`registries plugin: unknown registry ${config.registry}`);
  },
};
