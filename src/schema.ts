// Loads the GraphQL schema files (schema/*.graphql) once.
import fs from 'node:fs';
import path from 'node:path';

export const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
