// Benchmark harness: starts the real service (a child process, as `npm start` runs it) and a
// baseline Apollo server, drives both over HTTP with autocannon, and writes JSON + Markdown.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

export interface Child {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point with tsx and waits for its `ready` JSON line. */
export function startChild(entry: string, env: Record<string, string>, timeoutMs = 120_000): Promise<Child> {
  const proc = spawn(process.execPath, ['-r', 'tsx/cjs', entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready:\n${out}`)), timeoutMs);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = out.match(/"msg":"ready".*?"url":"([^"]+)"|"url":"([^"]+)"[^\n]*"msg":"ready"/);
      if (m) {
        clearTimeout(timer);
        proc.stdout!.off('data', onData);
        proc.stdout!.resume();
        resolve({
          proc,
          url: (m[1] ?? m[2]!).replace('localhost', '127.0.0.1'),
          stop: () =>
            new Promise((done) => {
              if (proc.exitCode !== null) return done();
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    proc.once('exit', (code) => reject(new Error(`${entry} exited ${code}:\n${out}`)));
  });
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 1024);
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
  requests: number;
}

/** Drives `url` for `seconds` at `connections`, cycling through the operations. */
export async function drive(url: string, operations: Operation[], seconds: number, connections: number): Promise<LoadResult> {
  const bodies = operations.map((o) => JSON.stringify(o));
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: bodies.map((body) => ({ method: 'POST', body })),
  });
  const lat = result.latency as unknown as Record<string, number>;
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50: lat.p50 ?? 0,
    p95: lat.p97_5 !== undefined && lat.p95 === undefined ? lat.p97_5 : (lat.p95 ?? 0),
    p99: lat.p99 ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** Posts one operation and returns its database call count (response extensions.dbCalls). */
export async function dbCallsOf(url: string, op: Operation): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) });
  const body = (await res.json()) as { errors?: unknown[]; extensions?: { dbCalls?: number } };
  if (body.errors) throw new Error(`operation failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.extensions?.dbCalls ?? -1;
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function writeResults(name: string, result: unknown, markdown: string): { json: string; md: string } {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `${name}.json`);
  const md = path.join(RESULTS_DIR, `${name}.md`);
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(md, markdown);
  return { json, md };
}
