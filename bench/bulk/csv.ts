// The synthetic benchmark graph (bench/synthetic-graph.ts) as CSV files, one per table (and per
// FROM/TO pair of a relationship table), in the column order of cypher/schema/migrate.ladybug.cypher.
// The same files feed both engines' bulk loads: LadybugDB's `COPY <table> FROM '<file>'` maps
// columns by position and skips the header line; `neo4j-admin database import full` reads the
// header line, written in its form (`id:ID(Fact)`, `:START_ID(Fact)`, `confidence:double`). Rows are what the importers' batched path writes (src/import/writer.ts):
// entity searchText folded, status ACTIVE, Fact.refs the JSON copy of the fact's refs, ABOUT.kind
// the fact's kind, and every entity and fact citing the synthetic dataset source.
// Format: RFC 4180 (`"` quotes a field, `""` a quote inside it); an empty field is NULL; a list is
// `[a,b]` (LadybugDB's list literal; on Neo4j it is imported as that text and split afterwards,
// bench/bulk/split-lists.neo4j.cypher).
import fs from 'node:fs';
import path from 'node:path';
import { aboutRows } from '../../src/domain/refs';
import { FactChecker } from '../../src/domain/validation';
import { citationRow, entityRow, factRow, squadSizes, syntheticChunks, SYNTHETIC_SOURCE_SEED, type SyntheticOptions, type SyntheticStats } from '../synthetic-graph';

/** One CSV file: the table it loads into and its columns (relationships: `from`, `to` first). */
export interface CsvTable {
  file: string;
  table: string;
  /** Relationship tables: the node tables of this file's FROM/TO pair. */
  from?: string;
  to?: string;
  /** The table's columns in schema order (a relationship's `from` and `to` are its ends' keys). */
  columns: readonly string[];
  /** The header line, in neo4j-admin import's form (LadybugDB ignores it). */
  header: readonly string[];
  /** Loaded on Neo4j only (LadybugDB gets the source node from the service's own write). */
  neo4jOnly?: boolean;
}

export const ENTITY_COLUMNS = ['id', 'type', 'name', 'fullName', 'shortName', 'nameNl', 'nameFr', 'nameEn', 'nicknames', 'aliases', 'city', 'country', 'birthText', 'birthPrecision', 'nationalities', 'positions', 'searchText', 'details', 'status', 'updatedAt'] as const;
export const FACT_COLUMNS = ['id', 'kind', 'type', 'startText', 'startPrecision', 'startLo', 'endText', 'endPrecision', 'endHi', 'details', 'status', 'confidence', 'updatedAt', 'refs'] as const;
const ABOUT_COLUMNS = ['from', 'to', 'role', 'kind'] as const;
const CITES_COLUMNS = ['from', 'to', 'detail', 'teaser', 'confidence'] as const;

const SOURCE_COLUMNS = ['id'] as const;

/** neo4j-admin's header: the key as the node's ID (kept as property `id`), typed numbers and booleans. */
function header(columns: readonly string[], node: string | null, from?: string, to?: string): string[] {
  return columns.map((c) => {
    if (node && c === 'id') return `id:ID(${node})`;
    if (from && c === 'from') return `:START_ID(${from})`;
    if (to && c === 'to') return `:END_ID(${to})`;
    if (c === 'confidence') return 'confidence:double';
    if (c === 'teaser') return 'teaser:boolean';
    return c;
  });
}

const node = (file: string, table: string, columns: readonly string[], neo4jOnly = false): CsvTable => ({ file, table, columns, header: header(columns, table), ...(neo4jOnly ? { neo4jOnly } : {}) });
const rel = (file: string, table: string, from: string, to: string, columns: readonly string[]): CsvTable => ({ file, table, from, to, columns, header: header(columns, null, from, to) });

/** In load order: node tables, then relationship tables. */
export const CSV_TABLES: readonly CsvTable[] = [
  node('sources.csv', 'Source', SOURCE_COLUMNS, true),
  node('entities.csv', 'Entity', ENTITY_COLUMNS),
  node('facts.csv', 'Fact', FACT_COLUMNS),
  rel('about.csv', 'ABOUT', 'Fact', 'Entity', ABOUT_COLUMNS),
  rel('entity-cites.csv', 'CITES', 'Entity', 'Source', CITES_COLUMNS),
  rel('fact-cites.csv', 'CITES', 'Fact', 'Source', CITES_COLUMNS),
];

/** Written last, once every file is complete: what the files hold (a directory without it is partial). */
export const MANIFEST = 'manifest.json';

/** What the person page of a few people must show (the first, middle and last person). */
export interface SpotCheck {
  people: { id: string; name: string; spells: { team: string; start: string; end: string }[] }[];
  /** Head-coach tenures of the clubs those people played for: coach id and start, in order. */
  headCoaches: Record<string, { person: string; start: string }[]>;
}

export interface CsvManifest {
  people: number;
  clubs: number;
  seed: number;
  /** Data rows per file (header excluded). */
  rows: Record<string, number>;
  facts: number;
  spells: number;
  squadSize: { mean: number; p10: number; p90: number };
  /** updatedAt of every row. */
  now: string;
  generateMs: number;
  spotCheck: SpotCheck;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: NULL as an empty field, lists as `[a,b]`, strings quoted when they must be. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x !== 'string' || /[,[\]"'\r\n]/.test(x) || x === '') throw new Error(`list element ${JSON.stringify(x)} cannot be written as a CSV list`);
    return csvField(`[${v.join(',')}]`);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s === '') throw new Error('empty strings are not written (an empty field is NULL)');
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(row: Record<string, unknown>, columns: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : ',') + csvField(row[columns[i]!]);
  return `${line}\n`;
}

/** Appends lines to a file in large writes. */
class CsvFile {
  private readonly fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;
  constructor(file: string, header: readonly string[]) {
    this.fd = fs.openSync(file, 'w');
    fs.writeSync(this.fd, `${header.join(',')}\n`);
  }
  add(line: string): void {
    this.buf.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 4_000_000) this.flush();
  }
  flush(): void {
    if (this.buf.length > 0) fs.writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/**
 * Generates the synthetic graph into `dir` (created; existing CSV files replaced) and returns its
 * manifest. Every fact passes the importers' contract check (FactChecker) first.
 */
export function writeSyntheticCsv(dir: string, opts: Pick<SyntheticOptions, 'people' | 'clubs' | 'seed' | 'log'>): CsvManifest {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(path.join(dir, MANIFEST), { force: true });
  const now = new Date().toISOString();
  const files = Object.fromEntries(CSV_TABLES.map((t) => [t.file, new CsvFile(path.join(dir, t.file), t.header)])) as Record<string, CsvFile>;
  const [sources, entities, facts, about, entityCites, factCites] = CSV_TABLES.map((t) => files[t.file]!) as [CsvFile, CsvFile, CsvFile, CsvFile, CsvFile, CsvFile];
  sources.add(csvLine(SYNTHETIC_SOURCE_SEED, SOURCE_COLUMNS));
  const checker = new FactChecker();
  const cite = (holder: string) => {
    const c = citationRow(holder);
    return { from: holder, to: c.source, detail: c.detail, teaser: false, confidence: c.confidence };
  };
  const stats: SyntheticStats = { clubs: 0, spells: 0, perSeason: new Map() };
  const spot = new Map([0, Math.floor(opts.people / 2), opts.people - 1].map((i) => [`person:synthetic-${i}`, { id: `person:synthetic-${i}`, name: '', spells: [] as SpotCheck['people'][number]['spells'] }]));
  const headCoaches: SpotCheck['headCoaches'] = {};
  let people = 0;
  for (const chunk of syntheticChunks(opts, stats)) {
    for (const e of chunk.entities) if (spot.has(e.id)) spot.get(e.id)!.name = e.name;
    for (const f of chunk.facts) {
      const refs = f.refs as Record<string, string>;
      if (f.kind === 'spell' && spot.has(refs.person!)) {
        spot.get(refs.person!)!.spells.push({ team: refs.team!, start: f.start!, end: f.end! });
        headCoaches[refs.team!] ??= [];
      }
      if (f.kind === 'tenure' && headCoaches[refs.team!]) headCoaches[refs.team!]!.push({ person: refs.person!, start: f.start! });
    }
    for (const e of chunk.entities) {
      entities.add(csvLine({ ...entityRow(e, now), status: 'ACTIVE' }, ENTITY_COLUMNS));
      entityCites.add(csvLine(cite(e.id), CITES_COLUMNS));
    }
    for (const f of chunk.facts) {
      checker.check(f);
      facts.add(csvLine({ ...factRow(f, now), status: 'ACTIVE' }, FACT_COLUMNS));
      factCites.add(csvLine(cite(f.id), CITES_COLUMNS));
    }
    for (const a of aboutRows(chunk.facts)) about.add(csvLine({ from: a.fact, to: a.target, role: a.role, kind: a.kind }, ABOUT_COLUMNS));
    people += chunk.entities.filter((e) => e.type === 'PERSON').length;
    if (chunk.entities.length > 0 && people > 0 && people % 100_000 === 0) log(`bulk csv: ${people}/${opts.people} people, ${facts.rows} facts, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  for (const f of Object.values(files)) f.close();
  const manifest: CsvManifest = {
    people: opts.people,
    clubs: stats.clubs,
    seed: opts.seed ?? 42,
    rows: Object.fromEntries(Object.entries(files).map(([name, f]) => [name, f.rows])),
    facts: facts.rows,
    spells: stats.spells,
    squadSize: squadSizes(stats.perSeason),
    now,
    generateMs: Date.now() - started,
    spotCheck: { people: [...spot.values()], headCoaches },
  };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a complete CSV directory for these options, or null. */
export function readManifest(dir: string, opts: { people: number; seed?: number }): CsvManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as CsvManifest;
    return m.people === opts.people && m.seed === (opts.seed ?? 42) && CSV_TABLES.every((t) => fs.existsSync(path.join(dir, t.file))) ? m : null;
  } catch {
    return null;
  }
}
