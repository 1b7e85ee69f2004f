// Benchmark harness: starts the real service (a child process, as `npm start` runs it) and a
// baseline Apollo server, drives both over HTTP with autocannon, and writes JSON + Markdown.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { prng } from './synthetic-graph';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

export interface Child {
  proc: ChildProcess;
  url: string;
  /** The `ready` log line, parsed (the service reports its own start-up time in it). */
  ready: Record<string, unknown>;
  /** Wall time from spawning the process to its `ready` line (includes Node and tsx start-up). */
  spawnToReadyMs: number;
  /** The last few kB the process wrote (to tell why it died). */
  tail(): string;
  /** Exit code or signal, once it has exited. */
  exited(): string | null;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point with tsx (in `cwd`, default the repository) and waits for its `ready` JSON line. */
export function startChild(entry: string, env: Record<string, string>, options: { cwd?: string; timeoutMs?: number } = {}): Promise<Child> {
  const started = Date.now();
  const proc = spawn(process.execPath, ['-r', 'tsx/cjs', entry], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready:\n${out.slice(-2000)}`)), options.timeoutMs ?? 600_000);
    let exit: string | null = null;
    proc.once('exit', (code, signal) => (exit = signal ?? String(code)));
    const keep = (c: Buffer) => (out = (out + c.toString()).slice(-8000));
    const onData = (c: Buffer) => {
      keep(c);
      const line = out.split('\n').find((l) => l.includes('"msg":"ready"'));
      if (!line) return;
      clearTimeout(timer);
      proc.stdout!.off('data', onData);
      proc.stdout!.on('data', keep);
      const ready = JSON.parse(line) as Record<string, unknown>;
      resolve({
        proc,
        url: String(ready.url).replace('localhost', '127.0.0.1'),
        ready,
        spawnToReadyMs: Date.now() - started,
        tail: () => out,
        exited: () => exit,
        stop: () =>
          new Promise((done) => {
            if (proc.exitCode !== null) return done();
            proc.once('exit', () => done());
            proc.kill('SIGTERM');
          }),
      });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', keep);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited ${code}:\n${out.slice(-2000)}`));
    });
  });
}

/** Resident memory of a process in MB (Linux), now and at its peak so far. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time (user + system, every thread) a process has used so far, in ms (Linux `/proc`, USER_HZ 100). */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th
  // field of the line, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU spent per request while a load ran: by the server (every thread: an embedded database's
 * too), by a separate database server (Neo4j's JVM), and by the load generator (this process).
 * `ceiling` is the request rate the machine's cores could serve at that cost if nothing else ran:
 * cores × 1000 ÷ (sum of the three).
 */
export interface CpuPerRequest {
  server: number;
  database: number | null;
  generator: number;
  ceiling: number;
}

/** Starts measuring; the function it returns ends it, given the requests served meanwhile. */
export function cpuMeter(serverPid: number, databasePid?: number): (requests: number) => CpuPerRequest {
  const server = cpuMsOf(serverPid);
  const database = databasePid ? cpuMsOf(databasePid) : 0;
  const self = process.cpuUsage();
  return (requests) => {
    const n = Math.max(1, requests);
    const used = process.cpuUsage(self);
    const r = (x: number) => Math.round(x * 100) / 100;
    const out = { server: r((cpuMsOf(serverPid) - server) / n), database: databasePid ? r((cpuMsOf(databasePid) - database) / n) : null, generator: r((used.user + used.system) / 1000 / n) };
    return { ...out, ceiling: Math.round((os.cpus().length * 1000) / (out.server + (out.database ?? 0) + out.generator)) };
  };
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number {
  return memoryOf(pid).rssMb;
}

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface LoadResult {
  requestsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Answers with HTTP 200 but GraphQL `errors` (counted by looking at every body). */
  graphqlErrors: number;
  requests: number;
}

/** Drives `url` for `seconds` at `connections`, cycling through the operations. */
export async function drive(url: string, operations: Operation[], seconds: number, connections: number, sampled = false): Promise<LoadResult> {
  const bodies = operations.map((o) => JSON.stringify(o));
  let graphqlErrors = 0;
  const onResponse = (_status: number, body: string) => {
    if (body.includes('"errors":')) graphqlErrors++;
  };
  // Drawn pools: every request picks one at random, so the connections do not walk the same
  // sequence in step (which would let all but the first hit the cache).
  const pick = prng(Date.now() & 0xffff);
  const requests = sampled
    ? [{ method: 'POST' as const, onResponse, setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[Math.floor(pick() * bodies.length)] }) }]
    : bodies.map((body) => ({ method: 'POST' as const, body, onResponse }));
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: requests as never,
  });
  const lat = result.latency as unknown as Record<string, number>;
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50: lat.p50 ?? 0,
    p95: lat.p97_5 !== undefined && lat.p95 === undefined ? lat.p97_5 : (lat.p95 ?? 0),
    p99: lat.p99 ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    requests: result.requests.total,
  };
}

/**
 * Posts one operation; returns its database call count (response extensions.dbCalls), latency and
 * error (the first error's code, or the network failure), if any.
 */
export async function probe(url: string, op: Operation): Promise<{ dbCalls: number; ms: number; error: string | null }> {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op), signal: AbortSignal.timeout(120_000) });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[]; extensions?: { dbCalls?: number } };
    return { dbCalls: body.extensions?.dbCalls ?? -1, ms: performance.now() - started, error: body.errors ? String(body.errors[0]?.extensions?.code ?? 'ERROR') : null };
  } catch (err) {
    return { dbCalls: -1, ms: performance.now() - started, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Posts one operation and returns its database call count (response extensions.dbCalls). */
export async function dbCallsOf(url: string, op: Operation): Promise<number> {
  const r = await probe(url, op);
  if (r.error) throw new Error(`operation failed: ${r.error}`);
  return r.dbCalls;
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** One-minute load average at the time of the call: how busy the shared machine was. */
export function load(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}

export function writeResults(name: string, result: unknown, markdown: string): { json: string; md: string } {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `${name}.json`);
  const md = path.join(RESULTS_DIR, `${name}.md`);
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(md, markdown);
  return { json, md };
}
