// `npm run bench:soak -- [--minutes 5] [--warmup 60] [--readers 8] [--writes-per-second 2] [--db <graph.lbug>]`
// A soak run (not a test): the real service on a fresh seeded database (or on a copy of `--db`,
// e.g. a fully imported graph), driven over HTTP with
// mixed public reads (several clients, keep-alive), authenticated edits at a steady rate
// (add a spell, correct it, retract it, a mentorship, now and then a new person) and the attack
// queries of #14 (each must be refused with a code). It samples the
// service's resident memory and reports its growth after warm-up, the error count (5xx apart),
// acknowledged mentorships missing from `connections` at the end (lost edits), and latencies, in
// bench/results/soak.{json,md}. Done when growth < 10% and errors = 0.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { newToken } from '../src/auth/tokens';
import { spawn, type ChildProcess } from 'node:child_process';
import { machine, RESULTS_DIR, ROOT, rssMb, writeResults } from './harness';

/** Starts the service as `npm start` does, its log going to a file; resolves on its `ready` line. */
function startService(env: Record<string, string>, logFile: string): Promise<{ proc: ChildProcess; url: string; exited: Promise<{ code: number | null; signal: string | null }> }> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  const proc = spawn(process.execPath, ['-r', 'tsx/cjs', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  proc.stdout!.pipe(log);
  proc.stderr!.pipe(log);
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (c: Buffer) => {
      seen += c.toString();
      const m = seen.match(/"url":"([^"]+)"[^\n]*"msg":"ready"/);
      if (m) {
        proc.stdout!.off('data', onData);
        resolve({ proc, url: m[1]!.replace('localhost', '127.0.0.1'), exited });
      }
    };
    proc.stdout!.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`service exited ${code} before ready; see ${logFile}`)));
  });
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const MINUTES = arg('minutes', 5);
const WARMUP_S = arg('warmup', 60);
const READERS = arg('readers', 8);
const WRITES_PER_S = arg('writes-per-second', 2);
const SAMPLE_MS = 5000;
const DB_ARG = process.argv.indexOf('--db') >= 0 ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
const MENTORS = ['person:steven-defour', 'person:vincent-kompany', 'person:besnik-hasi', 'person:wouter-vrancken', 'person:jan-boden', 'person:danny-buijs', 'person:hein-vanhaezebrouck', 'person:fred-vanderbiest'];

const READS = [
  '{ person(id: "person:steven-defour") { name birthDate { text } spells(first: 20) { totalCount edges { node { team { name } start { text precision } end { text } sources { source { id } teaser confidence } } } } } }',
  '{ club(id: "club:kv-mechelen") { name names { nl fr } headCoaches { person { name } start { text } end { text } predecessor { person { name } } } } }',
  '{ person(id: "person:steven-defour") { transfers { edges { node { from { name } to { name } date { text } } } } staffRoles { edges { node { role team { name } } } } mentors { name } } }',
  '{ sources { id name ... on Article { published { text } facts(first: 5) { totalCount } } } }',
  '{ nodes(ids: ["club:krc-genk", "club:standard-liege", "club:fc-porto", "nt:belgium", "person:besnik-hasi"]) { id ... on Club { name } ... on Person { name } } }',
  '{ club(id: "club:kv-mechelen") { staff(asOf: "2023-03-01") { person { name } role } players(first: 10) { edges { node { person { name } } } } } }',
];
/** The requests #14 found could exhaust the server: each must be refused with a code, never served or a 5xx. */
const ATTACKS = [
  '{ nationalTeam(id: "nt:brazil") { squads { players { person { squadMemberships { team { ... on NationalTeam { squads { players { person { id } } } } } } } } } } }',
  `{ ${['a', 'b', 'c'].map((k) => `${k}: nationalTeam(id: "nt:brazil") { squads { players { person { squadMemberships { team { ... on NationalTeam { squads { players { person { id } } } } } } } } } }`).join(' ')} }`,
  `{ person(id: "person:steven-defour") { ${Array.from({ length: 40 }, (_, i) => `s${i}: spells(first: 50) { edges { node { team { name } } } }`).join(' ')} } }`,
];
const CLUBS = ['club:kv-mechelen', 'club:krc-genk', 'club:standard-liege', 'club:rsc-anderlecht', 'club:royal-antwerp'];
const ARTICLE = 'article:002_71773532a5f1564e';

const agent = new http.Agent({ keepAlive: true, maxSockets: READERS + 2 });

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: { data?: Record<string, unknown>; errors?: { message: string }[] } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-soak-'));
  const token = newToken('soak');
  const auth = { authorization: `Bearer ${token.token}` };
  const serviceLog = path.join(RESULTS_DIR, 'soak-service.log');
  const dbPath = path.join(dir, 'graph.lbug');
  if (DB_ARG) {
    // A copy: the soak's edits must not change the graph it was given.
    for (const f of fs.readdirSync(path.dirname(path.resolve(DB_ARG)))) {
      if (f === path.basename(DB_ARG) || f.startsWith(`${path.basename(DB_ARG)}.wal`)) fs.copyFileSync(path.join(path.dirname(path.resolve(DB_ARG)), f), path.join(dir, f.replace(path.basename(DB_ARG), 'graph.lbug')));
    }
  }
  const service = await startService({ DB_PATH: dbPath, EDITOR_TOKENS_SHA256: token.entry, ...(DB_ARG ? { SEED_ON_START: 'false' } : {}) }, serviceLog);
  const pid = service.proc.pid!;
  let died: { code: number | null; signal: string | null } | null = null;
  void service.exited.then((e) => (died = e));
  const rss = () => (died ? 0 : rssMb(pid));
  const started = Date.now();
  const endAt = started + (WARMUP_S + MINUTES * 60) * 1000;
  const errors: string[] = [];
  const readLatency: number[] = [];
  const writeLatency: number[] = [];
  let reads = 0;
  let writes = 0;
  const samples: { t: number; rss: number }[] = [];
  const sampler = setInterval(() => {
    if (!died) samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss() });
  }, SAMPLE_MS);
  samples.push({ t: 0, rss: rss() });

  let serverErrors = 0;
  const acknowledged: { mentor: string; mentee: string }[] = [];
  const note = (what: string, r: { status: number; json: { errors?: { message: string }[] } }) => {
    if (r.status >= 500) serverErrors++;
    if (r.status !== 200 || r.json.errors) errors.push(`${what}: HTTP ${r.status} ${JSON.stringify(r.json.errors ?? '').slice(0, 200)}`);
  };

  const reader = async (w: number) => {
    for (let i = w; Date.now() < endAt && !died; i++) {
      const t = performance.now();
      try {
        const r = await post(service.url, JSON.stringify({ query: READS[i % READS.length] }));
        note('read', r);
      } catch (err) {
        errors.push(`read: ${String(err)}`);
      }
      readLatency.push(performance.now() - t);
      reads++;
    }
  };

  let attacks = 0;
  const attacker = async () => {
    for (let i = 0; Date.now() < endAt && !died; i++) {
      try {
        const r = await post(service.url, JSON.stringify({ query: ATTACKS[i % ATTACKS.length] }));
        attacks++;
        if (r.status >= 500) serverErrors++;
        if (r.status >= 500 || !r.json.errors) errors.push(`attack ${i % ATTACKS.length}: HTTP ${r.status} ${r.json.errors ? JSON.stringify(r.json.errors).slice(0, 200) : 'served'}`);
      } catch (err) {
        errors.push(`attack: ${String(err)}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  const edit = async (query: string, input: Record<string, unknown>) => {
    const t = performance.now();
    const r = await post(service.url, JSON.stringify({ query, variables: { input } }), auth);
    writeLatency.push(performance.now() - t);
    writes++;
    note('write', r);
    return r.json.data;
  };

  const writer = async () => {
    const people = ['person:steven-defour'];
    for (let i = 0; Date.now() < endAt && !died; i++) {
      const cycleStart = Date.now();
      try {
        if (i % 10 === 0) {
          const d = await edit('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { name: `Soak Player ${i}`, birthDate: '1995', sources: [{ source: ARTICLE }] });
          const id = (d?.createPerson as { person?: { id: string } } | undefined)?.person?.id;
          if (id) people.push(id);
        }
        const person = people[i % people.length]!;
        const team = CLUBS[i % CLUBS.length]!;
        const added = await edit('mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id } } }', { person, team, level: 'SENIOR', start: `${2000 + (i % 20)}`, sources: [{ source: ARTICLE, detail: `soak ${i}` }] });
        const id = (added?.addSpell as { spell?: { id: string } } | undefined)?.spell?.id;
        if (id) {
          await edit('mutation($input: CorrectSpellInput!) { correctSpell(input: $input) { spell { id } } }', { id, end: `${2001 + (i % 20)}`, reason: 'soak correction' });
          await edit('mutation($input: RetractFactInput!) { retractFact(input: $input) { factId } }', { id, reason: 'soak retraction' });
        }
        const mentor = MENTORS[i % MENTORS.length]!;
        const mentee = MENTORS[(i + 1 + Math.floor(i / MENTORS.length)) % MENTORS.length]!;
        if (mentor !== mentee) {
          const m = await edit('mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }', { type: 'MENTORSHIP', participants: [{ person: mentor, role: 'MENTOR' }, { person: mentee, role: 'MENTEE' }], start: `${1990 + (i % 30)}`, sources: [{ source: ARTICLE, detail: `soak mentorship ${i}` }] });
          if ((m?.addRelationship as { relationship?: { id: string } } | undefined)?.relationship?.id) acknowledged.push({ mentor, mentee });
        }
      } catch (err) {
        errors.push(`write: ${String(err)}`);
      }
      // Three edits per cycle at the configured rate.
      const wait = (3 * 1000) / WRITES_PER_S - (Date.now() - cycleStart);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };

  process.stdout.write(`soak: ${WARMUP_S}s warm-up + ${MINUTES} min, ${READERS} reading clients, ~${WRITES_PER_S} edits/s, pid ${pid}\n`);
  const progress = setInterval(() => process.stdout.write(`  t=${Math.round((Date.now() - started) / 1000)}s reads=${reads} writes=${writes} errors=${errors.length} rss=${rss()} MB\n`), 30_000);
  await Promise.all([...Array.from({ length: READERS }, (_, w) => reader(w)), writer(), attacker()]);
  clearInterval(sampler);
  clearInterval(progress);
  // Lost edits: once /health says derived data is current, every acknowledged mentorship must be
  // in `connections`.
  let lost = 0;
  let derivedAtEnd = 'unknown';
  if (!died) {
    for (let i = 0; i < 600; i++) {
      derivedAtEnd = await new Promise<string>((resolve) => http.get(new URL('/health', service.url), { agent }, (res) => { let t = ''; res.on('data', (c) => (t += c)); res.on('end', () => { try { resolve(String((JSON.parse(t) as { derived?: string }).derived)); } catch { resolve('unreadable'); } }); }).on('error', () => resolve('unreachable')));
      if (derivedAtEnd === 'current') break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const seen = new Set<string>();
    for (const a of acknowledged) {
      const key = `${a.mentor} ${a.mentee}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = await post(service.url, JSON.stringify({ query: 'query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 1, relationTypes: [MENTORED]) { shortestLength } }', variables: { a: a.mentor, b: a.mentee } }));
      if ((r.json.data?.connections as { shortestLength?: number } | undefined)?.shortestLength !== 1) lost++;
    }
  }
  if (died) errors.push(`the service died: ${JSON.stringify(died)} (see ${serviceLog})`);
  else samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss() });
  if (!died) service.proc.kill('SIGTERM');
  const exit = await service.exited;
  const exitCode = exit.code;
  agent.destroy();
  fs.rmSync(dir, { recursive: true, force: true });

  // RSS swings by tens of MB with garbage collection and the buffer pool: compare the median of
  // the first minute after warm-up with the median of the last minute, and fit a trend line.
  const afterWarmup = samples.filter((s) => s.t >= WARMUP_S);
  const lastT = afterWarmup[afterWarmup.length - 1]?.t ?? 0;
  const median = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    return v.length === 0 ? 0 : v[Math.floor(v.length / 2)]!;
  };
  const baseline = median(afterWarmup.filter((s) => s.t < WARMUP_S + 60).map((s) => s.rss));
  const final = median(afterWarmup.filter((s) => s.t >= lastT - 60).map((s) => s.rss));
  const peak = Math.max(...afterWarmup.map((s) => s.rss));
  const growthPct = baseline ? Math.round(((final - baseline) / baseline) * 1000) / 10 : 0;
  const peakGrowthPct = baseline ? Math.round(((peak - baseline) / baseline) * 1000) / 10 : 0;
  const mt = afterWarmup.reduce((a, s) => a + s.t, 0) / Math.max(1, afterWarmup.length);
  const mr = afterWarmup.reduce((a, s) => a + s.rss, 0) / Math.max(1, afterWarmup.length);
  const den = afterWarmup.reduce((a, s) => a + (s.t - mt) ** 2, 0);
  const slopeMbPerMin = den ? Math.round((afterWarmup.reduce((a, s) => a + (s.t - mt) * (s.rss - mr), 0) / den) * 60 * 100) / 100 : 0;
  readLatency.sort((a, b) => a - b);
  writeLatency.sort((a, b) => a - b);
  const seconds = (Date.now() - started) / 1000;
  const result = {
    machine: machine(),
    warmupSeconds: WARMUP_S,
    measuredMinutes: MINUTES,
    readers: READERS,
    reads,
    writes,
    attacksRefused: attacks,
    readsPerSec: Math.round(reads / seconds),
    writesPerSec: Math.round((writes / seconds) * 10) / 10,
    errors: errors.length,
    serverErrors,
    acknowledgedMentorships: acknowledged.length,
    lostAcknowledgedEdits: lost,
    derivedAtEnd,
    db: DB_ARG ?? 'fresh seeded',
    firstErrors: errors.slice(0, 10),
    rssMb: { start: samples[0]!.rss, firstMinuteMedian: baseline, lastMinuteMedian: final, peakAfterWarmup: peak, min: Math.min(...afterWarmup.map((s) => s.rss)) },
    rssGrowthAfterWarmupPct: growthPct,
    rssPeakGrowthAfterWarmupPct: peakGrowthPct,
    rssTrendMbPerMin: slopeMbPerMin,
    readLatencyMs: { p50: percentile(readLatency, 50), p95: percentile(readLatency, 95), p99: percentile(readLatency, 99) },
    writeLatencyMs: { p50: percentile(writeLatency, 50), p95: percentile(writeLatency, 95), p99: percentile(writeLatency, 99) },
    exitCode,
    passed: growthPct < 10 && errors.length === 0 && lost === 0,
    samples,
  };
  const md = [
    `# Soak run`,
    ``,
    `${machine()}. ${WARMUP_S} s warm-up, then ${MINUTES} min; ${READERS} reading clients (keep-alive), ~${WRITES_PER_S} edits/s (add spell → correct → retract; a new person every 10th cycle).`,
    ``,
    `| | value |`,
    `|---|---|`,
    `| requests | ${reads} reads (${result.readsPerSec}/s), ${writes} edits (${result.writesPerSec}/s), ${attacks} attack queries (two a second; an error counted for any served or 5xx) |`,
    `| database | ${DB_ARG ?? 'fresh seeded'} |`,
    `| errors | ${errors.length} (5xx: ${serverErrors}) |`,
    `| lost acknowledged edits | ${lost} of ${acknowledged.length} mentorships (derived data at the end: ${derivedAtEnd}) |`,
    `| RSS (sampled every ${SAMPLE_MS / 1000} s) | start ${samples[0]!.rss} MB; median of the first minute after warm-up ${baseline} MB, of the last minute ${final} MB; range ${result.rssMb.min}–${peak} MB |`,
    `| RSS growth after warm-up | ${growthPct}% (last-minute vs first-minute median); trend ${slopeMbPerMin} MB/min; peak ${peakGrowthPct}% above the first-minute median |`,
    `| read latency p50 / p95 / p99 | ${result.readLatencyMs.p50} / ${result.readLatencyMs.p95} / ${result.readLatencyMs.p99} ms |`,
    `| edit latency p50 / p95 / p99 | ${result.writeLatencyMs.p50} / ${result.writeLatencyMs.p95} / ${result.writeLatencyMs.p99} ms |`,
    `| exit code after SIGTERM | ${exitCode} |`,
    `| verdict (growth < 10%, 0 errors) | ${result.passed ? 'pass' : 'FAIL'} |`,
    ``,
  ].join('\n');
  const files = writeResults('soak', result, md);
  process.stdout.write(`${md}\nwritten: ${files.json}, ${files.md}\n`);
  if (!result.passed) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
