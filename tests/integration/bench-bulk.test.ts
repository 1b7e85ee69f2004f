// The benchmarks' bulk path (bench/bulk/): CSV files in the schema's column order, and a graph
// bulk-loaded with LadybugDB's COPY equal to the one the importers' batched path writes for the
// same seed (bench/synthetic-graph.ts), stamped so the service starts no rebuild of derived data.
import fs from 'node:fs';
import path from 'node:path';
import { CSV_TABLES, csvField, writeSyntheticCsv } from '../../bench/bulk/csv';
import { BULK_META_KEY, bulkLoadLadybug, ensureSyntheticCsv } from '../../bench/bulk/load';
import { writeSyntheticGraph } from '../../bench/synthetic-graph';
import { loadConfig } from '../../src/config';
import { STALE_KEY } from '../../src/services/editing/desk';
import type { GraphEngine } from '../../src/graph/engine';
import { CYPHER_DIR } from '../../src/graph/cypher-loader';
import { openEngine } from '../../src/graph/open-engine';
import { DERIVED_VERSION_KEY } from '../../src/domain/squads';
import { tempDir } from '../support/databases';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

const PEOPLE = 400;

/** Columns of each table (node tables' and relationship tables' properties) in migrate.ladybug.cypher. */
function schemaColumns(): Map<string, string[]> {
  const text = fs.readFileSync(path.join(CYPHER_DIR, 'schema', 'migrate.ladybug.cypher'), 'utf8');
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/CREATE (NODE|REL) TABLE IF NOT EXISTS (\w+)\((.*)\);/g)) {
    const cols = m[3]!.split(',').map((c) => c.trim()).filter((c) => !/^(FROM|PRIMARY)\b/.test(c)).map((c) => c.split(/\s+/)[0]!);
    out.set(m[2]!, cols);
  }
  for (const m of text.matchAll(/ALTER TABLE (\w+) ADD IF NOT EXISTS (\w+)/g)) if (!out.get(m[1]!)!.includes(m[2]!)) out.get(m[1]!)!.push(m[2]!);
  return out;
}

const open = (dbPath: string) => openEngine(loadConfig({ DB_PATH: dbPath, LOG_LEVEL: 'silent', DB_BUFFER_POOL_MB: '128' }).engine, { extraCypher: TEST_CYPHER });

/** Every node and edge, refs copies and ABOUT kinds included, as sorted lines (update times left out). */
async function dump(engine: GraphEngine): Promise<string[]> {
  const ops = ['test/import-dump-entities', 'test/import-dump-facts', 'test/import-dump-edges', 'test/import-dump-sources', 'test/fact-ref-copies', 'test/fact-about-edges'] as const;
  const parts = await Promise.all(ops.map(async (op) => (await engine.read(testOp(op))).map((r) => `${op} ${JSON.stringify(r)}`)));
  return parts.flat().sort();
}

describe('bench bulk path', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('bfg-bulk-');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every table in the schema column order, with a header the import tool reads', () => {
    const schema = schemaColumns();
    for (const t of CSV_TABLES) {
      const cols = t.from ? ['from', 'to', ...schema.get(t.table)!] : schema.get(t.table)!;
      if (t.neo4jOnly) expect(cols.slice(0, t.columns.length)).toEqual(t.columns);
      else expect(t.columns).toEqual(cols);
      expect(t.header.map((h) => (h.startsWith(':START_ID') ? 'from' : h.startsWith(':END_ID') ? 'to' : h.split(':')[0]))).toEqual(t.columns);
    }
    const csv = writeSyntheticCsv(path.join(dir, 'csv-shape'), { people: 50 });
    for (const t of CSV_TABLES) {
      const lines = fs.readFileSync(path.join(dir, 'csv-shape', t.file), 'utf8').trimEnd().split('\n');
      expect(lines[0]).toBe(t.header.join(','));
      expect(lines.length - 1).toBe(csv.rows[t.file]);
    }
    expect(csvField('[["person","person:x"]]')).toBe('"[[""person"",""person:x""]]"');
    expect(csvField(null)).toBe('');
    expect(csvField(['SFC1'])).toBe('[SFC1]');
    expect(() => csvField('')).toThrow();
  });

  it('bulk-loads the same graph as the batched path, with the derived-data stamp and no rebuild marker', async () => {
    const batched = path.join(dir, 'batched.lbug');
    let engine = await open(batched);
    let want: string[];
    try {
      await writeSyntheticGraph(engine, { people: PEOPLE, derive: false });
      want = await dump(engine);
    } finally {
      await engine.close();
    }
    const bulk = path.join(dir, 'bulk.lbug');
    const csv = ensureSyntheticCsv(path.join(dir, 'csv'), PEOPLE, () => undefined);
    // Small parts: every file is copied in several appending COPYs and key-checked part by part.
    const summary = await bulkLoadLadybug({ dbPath: bulk, csv, log: () => undefined, bufferPoolMb: 256, maxDbMb: 4096, partRows: 1500 });
    expect(summary.rows['facts.csv']).toBeGreaterThan(PEOPLE * 5);
    engine = await open(bulk);
    try {
      const got = await dump(engine);
      expect(got.length).toBe(want.length);
      expect(got.filter((x) => !want.includes(x)).slice(0, 5)).toEqual([]);
      const meta = Object.fromEntries((await engine.read('meta/read', { keys: [DERIVED_VERSION_KEY, STALE_KEY, BULK_META_KEY] })).map((r) => [r.key, r.value]));
      expect(meta[DERIVED_VERSION_KEY]).toMatch(/bulk-load-without-derived/);
      expect(meta[STALE_KEY] ?? null).toBeNull();
      expect(JSON.parse(String(meta[BULK_META_KEY]))).toMatchObject({ people: PEOPLE, derived: false });
    } finally {
      await engine.close();
    }
  }, 120_000);
});
