// `npm run bench:search -- [--db <graph file>] [--synthetic 50000]`
// Compares the ways search could match names on a graph of ~50k names: the in-process index the
// product uses (src/services/search/search-index.ts), CONTAINS on the folded names in Cypher, and
// levenshtein in Cypher (LadybugDB only). Reports build time, memory and query latency. The
// alternatives' Cypher is in bench/search-alternatives/. A benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { loadConfig } from '../src/config';
import { openEngine } from '../src/graph/open-engine';
import { fold } from '../src/domain/fold';
import { SearchIndex, type NameRecord } from '../src/services/search/search-index';
import { machine, writeResults } from './harness';
import { writeSyntheticGraph } from './synthetic-graph';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! * 100) / 100;
};

/** A typo: two neighbouring letters swapped in the middle. */
const swap = (s: string) => {
  const i = Math.max(1, Math.floor(s.length / 2) - 1);
  return s.length < 4 ? s : s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
};

async function main() {
  const people = Number(arg('synthetic') ?? '50000');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-search-'));
  const dbPath = arg('db') ?? path.join(tmp, 'synthetic.lbug');
  try {
    if (!fs.existsSync(dbPath)) {
      const config = loadConfig({ ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: '1024', LOG_LEVEL: 'silent' });
      const engine = await openEngine(config.engine);
      process.stderr.write(`writing a synthetic graph of ${people} people…\n`);
      await writeSyntheticGraph(engine, { people, clubs: Math.max(50, Math.round(people / 250)) });
      await engine.close();
    }
    const config = loadConfig({ ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: '1024', LOG_LEVEL: 'silent' });
    const engine = await openEngine(config.engine);
    // Build the in-process index as the repository does: one read of all names, then the index.
    const heapBefore = process.memoryUsage().heapUsed;
    let started = performance.now();
    const rows = await engine.read('search/entity-names');
    const readMs = performance.now() - started;
    started = performance.now();
    const records: NameRecord[] = rows.map((r) => ({ id: String(r.id), type: r.type as NameRecord['type'], names: [{ text: String(r.name), field: 'NAME' as const }, ...((r.aliases as string[] | null) ?? []).map((a) => ({ text: a, field: 'ALIAS' as const }))] }));
    const index = new SearchIndex(records);
    const buildMs = performance.now() - started;
    global.gc?.();
    const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    await engine.close();

    // Queries: whole names, surnames, name starts, typos, and misses.
    const names = rows.map((r) => String(r.name));
    const pick = (i: number) => names[(i * 7919) % names.length]!;
    const queries: { kind: string; q: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const name = pick(i);
      const surname = name.split(' ').slice(-1)[0]!;
      queries.push({ kind: 'whole name', q: name }, { kind: 'surname', q: surname }, { kind: 'start', q: name.slice(0, 5) }, { kind: 'typo', q: swap(surname) });
    }
    const results: { approach: string; kind: string; medianMs: number; p95Ms: number; foundRate: number }[] = [];
    const record = (approach: string, kind: string, times: number[], found: number, total: number) => {
      results.push({ approach, kind, medianMs: pct(times, 0.5), p95Ms: pct(times, 0.95), foundRate: Math.round((found / total) * 100) / 100 });
    };
    const kinds = [...new Set(queries.map((q) => q.kind))];
    for (const kind of kinds) {
      const qs = queries.filter((q) => q.kind === kind);
      const times: number[] = [];
      let found = 0;
      for (const { q } of qs) {
        const t = performance.now();
        const hits = index.search(q);
        times.push(performance.now() - t);
        if (hits.length > 0) found++;
      }
      record('in-process index', kind, times, found, qs.length);
    }
    // The Cypher alternatives, on a raw read-only connection (they are not product operations).
    const db = new lbug.Database(dbPath, 512 * 2 ** 20, true, true, 16 * 2 ** 30, true);
    await db.init();
    const conn = new lbug.Connection(db);
    await conn.init();
    const dir = path.join(__dirname, 'search-alternatives');
    for (const file of ['contains.cypher', 'levenshtein.cypher']) {
      const ps = await conn.prepare(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const kind of kinds) {
        const qs = queries.filter((q) => q.kind === kind);
        const times: number[] = [];
        let found = 0;
        for (const { q } of qs) {
          const t = performance.now();
          const res = await conn.execute(ps, { q: fold(q) });
          const out = await (Array.isArray(res) ? res[0]! : res).getAll();
          (Array.isArray(res) ? res[0]! : res).close();
          times.push(performance.now() - t);
          if (out.length > 0) found++;
        }
        record(`Cypher ${file.replace('.cypher', '')}`, kind, times, found, qs.length);
      }
    }
    await conn.close();
    await db.close();

    const md = [
      `Search on ${rows.length} entities (${index.size.names} names, ${index.size.words} distinct words), measured ${new Date().toISOString().slice(0, 16)}Z on ${machine()}.`,
      `In-process index: names read in ${Math.round(readMs)} ms, index built in ${Math.round(buildMs)} ms, ~${heapMb} MB of heap.`,
      '',
      '| approach | queries | median ms | p95 ms | found (share of queries) |',
      '|---|---|---|---|---|',
      ...results.map((r) => `| ${r.approach} | ${r.kind} | ${r.medianMs} | ${r.p95Ms} | ${r.foundRate} |`),
      '',
    ].join('\n');
    const files = writeResults('search', { machine: machine(), entities: rows.length, readMs, buildMs, heapMb, results }, md);
    process.stdout.write(`${md}\nwritten ${files.json} and ${files.md}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:search failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
