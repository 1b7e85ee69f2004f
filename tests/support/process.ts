// Runs the real service (`src/main.ts`) as a child process, as `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(env: Record<string, string>, root = ROOT): ChildProcess {
  return spawn(process.execPath, ['-r', 'tsx/cjs', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the service and resolves once it logs `ready`. */
export function startServiceProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServiceProcess> {
  const child = launch(env);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not become ready:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'ready' && entry.url) {
            clearTimeout(timer);
            resolve({
              child,
              url: entry.url.replace('localhost', '127.0.0.1'),
              output: () => out,
              stop: (signal = 'SIGTERM') =>
                new Promise((done) => {
                  if (child.exitCode !== null) return done(child.exitCode);
                  child.once('exit', (code) => done(code));
                  child.kill(signal);
                }),
            });
            return;
          }
        } catch {
          /* partial line */
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before ready:\n${out}`));
    });
  });
}

/** Runs the service expecting it to stop by itself (a start-up failure). */
export function runUntilExit(env: Record<string, string>, root = ROOT, timeoutMs = 30_000): Promise<ExitResult> {
  const child = launch(env, root);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`process did not exit:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export async function postGraphQL<T = unknown>(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as never };
}
