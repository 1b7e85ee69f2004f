// Reads every cypher/**/*.cypher once at start-up and resolves each declared operation for the
// active engine: `<op>.<engine>.cypher` wins over the portable `<op>.cypher`.
import fs from 'node:fs';
import path from 'node:path';
import type { EngineKind } from './engine';
import { OPERATIONS, type OperationName } from './operations';

export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');
const ENGINES: readonly EngineKind[] = ['ladybug', 'neo4j'];

/** A missing, stray or empty Cypher file: stops start-up. */
export class CypherLoadError extends Error {
  override name = 'CypherLoadError';
}

export interface CypherFile {
  /** Path relative to the cypher directory, e.g. `person/by-ids.neo4j.cypher`. */
  file: string;
  operation: string;
  /** The engine the file is for, or undefined when portable. */
  engine?: EngineKind;
  text: string;
}

export function listCypherFiles(dir = CYPHER_DIR): CypherFile[] {
  if (!fs.existsSync(dir)) throw new CypherLoadError(`Cypher directory not found: ${dir}`);
  const files: CypherFile[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const rel = path.relative(dir, full).split(path.sep).join('/');
        const base = rel.slice(0, -'.cypher'.length);
        const variant = ENGINES.find((e) => base.endsWith(`.${e}`));
        files.push({
          file: rel,
          operation: variant ? base.slice(0, -(variant.length + 1)) : base,
          engine: variant,
          text: fs.readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Splits a file into statements on `;` at line ends (schema files hold several). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export type CypherCatalog = ReadonlyMap<OperationName, string>;

/**
 * Operations outside the application's own (tests/cypher: fixtures and probes only tests run),
 * added to a catalogue by whoever opens the engine. The service never passes one.
 */
export interface CypherExtension {
  dir: string;
  operations: readonly string[];
}

export function loadCypherCatalog(engine: EngineKind, dir = CYPHER_DIR, extension?: CypherExtension): CypherCatalog {
  const catalog = resolveOperations(engine, dir, OPERATIONS) as Map<OperationName, string>;
  if (extension) {
    for (const [op, text] of resolveOperations(engine, extension.dir, extension.operations)) {
      if (catalog.has(op as OperationName)) throw new CypherLoadError(`Operation "${op}" in ${extension.dir} is one of the application's own`);
      catalog.set(op as OperationName, text);
    }
  }
  return catalog;
}

function resolveOperations(engine: EngineKind, dir: string, operations: readonly string[]): Map<string, string> {
  const files = listCypherFiles(dir);
  const declared = new Set<string>(operations);
  const stray = files.filter((f) => !declared.has(f.operation));
  if (stray.length > 0) {
    throw new CypherLoadError(`Cypher file ${stray[0]!.file} is not a declared operation (src/graph/operations.ts)`);
  }
  const catalog = new Map<string, string>();
  for (const op of operations) {
    const specific = files.find((f) => f.operation === op && f.engine === engine);
    const portable = files.find((f) => f.operation === op && f.engine === undefined);
    const chosen = specific ?? portable;
    if (!chosen) {
      throw new CypherLoadError(`Missing Cypher for operation "${op}" on engine ${engine}: expected ${op}.cypher or ${op}.${engine}.cypher in ${dir}`);
    }
    if (chosen.text.trim() === '') throw new CypherLoadError(`Cypher file ${chosen.file} in ${dir} is empty`);
    catalog.set(op, compactCypher(chosen.text));
  }
  return catalog;
}

/**
 * The text an engine is sent: the file without its comment lines and indentation. The Neo4j
 * driver sends the whole text with every query (and the server hashes it to find the cached
 * plan); the files' comments are often longer than their Cypher (facts/about-page: 2,777
 * characters, 1,569 without them).
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n');
}
