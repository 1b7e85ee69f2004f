// The schema is the API's documentation: every type and every field carries a description.
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { loadTypeDefs } from '../../src/schema';

const schema = buildSchema(loadTypeDefs());
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

it('describes every type', () => {
  const missing = types.filter((t) => !t.description && !['Query', 'Mutation'].includes(t.name)).map((t) => t.name);
  expect(missing).toEqual([]);
});

it('describes every field', () => {
  const missing: string[] = [];
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) if (!f.description) missing.push(`${t.name}.${f.name}`);
    }
  }
  expect(missing).toEqual([]);
});
