// A local Neo4j Community server without Docker: resolves the jars from Maven Central once
// (neo4j/pom.xml → neo4j/lib, cached in ~/.m2), then runs neo4j/Launch.java in a JVM with the
// flags Neo4j 5 needs on Java 17. Used by `npm run neo4j`, the Neo4j test pass and benchmarks.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const NEO4J_DIR = __dirname;
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const STAMP = path.join(LIB_DIR, '.resolved-from');

/** The JVM flags of Neo4j 5's stock neo4j.conf that matter on JDK 17. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.tls.ephemeralDHKeySize=2048',
];

/** A failure the launcher reports as one line. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** Independent servers in one JVM, on ports port … port + instances - 1. */
  instances?: number;
  password: string;
  heap?: string;
  pageCache?: string;
  txMax?: string;
  /** Extra environment of the JVM (the service's NEO4J_* variables are not passed on). */
  onLog?: (line: string) => void;
  timeoutMs?: number;
}

export interface LocalNeo4j {
  child: ChildProcess;
  uris: string[];
  username: string;
  password: string;
  /** Milliseconds from spawn to every server accepting Bolt connections. */
  startedInMs: number;
  /** SIGTERM, then waits for a clean exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL: the process dies without shutting down (fault drills). */
  kill(): Promise<void>;
}

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}` });
    });
  });
}

async function hasCommand(cmd: string, args: string[]): Promise<boolean> {
  const r = await run(cmd, args, NEO4J_DIR, 30_000);
  return r.code === 0;
}

function pomVersion(): string {
  const pom = fs.readFileSync(path.join(NEO4J_DIR, 'pom.xml'), 'utf8');
  return pom.match(/<neo4j\.version>([^<]+)<\/neo4j\.version>/)?.[1] ?? 'unknown';
}

/** The Neo4j version the pom resolves. */
export const NEO4J_VERSION = pomVersion();

/** Copies the runtime jars into neo4j/lib unless they are there for this pom already. */
export async function ensureJars(log: (line: string) => void = () => undefined): Promise<{ downloaded: boolean; bytes: number }> {
  const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
  if (stamp === NEO4J_VERSION) return { downloaded: false, bytes: libBytes() };
  if (!(await hasCommand('mvn', ['-v']))) throw new LocalNeo4jError('mvn not found: install Maven 3 (apt-get install maven) to fetch Neo4j from Maven Central');
  log(`resolving Neo4j ${NEO4J_VERSION} from Maven Central into neo4j/lib (first run only; later runs reuse ~/.m2)…`);
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  const r = await run('mvn', ['-B', '-q', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`], NEO4J_DIR, 15 * 60_000);
  if (r.code !== 0) {
    const reason = r.out.split('\n').find((l) => /ERROR/.test(l))?.replace(/^\s*\[?ERROR\]?\s*/, '').slice(0, 200) ?? `mvn exited with ${r.code}`;
    fs.rmSync(LIB_DIR, { recursive: true, force: true });
    throw new LocalNeo4jError(`could not download Neo4j ${NEO4J_VERSION} from Maven Central: ${reason}`);
  }
  fs.writeFileSync(STAMP, `${NEO4J_VERSION}\n`);
  return { downloaded: true, bytes: libBytes() };
}

function libBytes(): number {
  if (!fs.existsSync(LIB_DIR)) return 0;
  return fs.readdirSync(LIB_DIR).reduce((n, f) => n + fs.statSync(path.join(LIB_DIR, f)).size, 0);
}

export function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

/** Finds `count` consecutive free ports from `from` on. */
export async function freePorts(from: number, count: number): Promise<number> {
  for (let p = from; p < from + 2000; p += 1) {
    let ok = true;
    for (let i = 0; i < count && ok; i += 1) ok = await portFree(p + i);
    if (ok) return p;
  }
  throw new LocalNeo4jError(`no ${count} free consecutive ports from ${from}`);
}

/** Starts the server(s) and resolves once each accepts Bolt connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const instances = options.instances ?? 1;
  const host = options.host ?? '127.0.0.1';
  const log = options.onLog ?? (() => undefined);
  if (!(await hasCommand('java', ['-version']))) throw new LocalNeo4jError('java not found: Neo4j 5.26 needs a Java 17 runtime (apt-get install openjdk-17-jre-headless)');
  if (options.password.length < 8) throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  for (let i = 0; i < instances; i += 1) {
    if (!(await portFree(options.port + i, host))) throw new LocalNeo4jError(`port ${options.port + i} on ${host} is in use: stop what holds it or set NEO4J_BOLT_PORT`);
  }
  await ensureJars(log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const started = Date.now();
  const child = spawn('java', [`-Xmx${options.heap ?? '512m'}`, `-Xms${options.heap ?? '512m'}`, ...JVM_FLAGS, '-cp', `${LIB_DIR}/*`, path.join(NEO4J_DIR, 'Launch.java')], {
    cwd: NEO4J_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      JAVA_HOME: process.env.JAVA_HOME ?? '',
      LAUNCH_DATA_DIR: path.resolve(options.dataDir),
      LAUNCH_HOST: host,
      LAUNCH_PORT: String(options.port),
      LAUNCH_INSTANCES: String(instances),
      LAUNCH_PASSWORD: options.password,
      LAUNCH_PAGECACHE: options.pageCache ?? '256m',
      LAUNCH_TX_MAX: options.txMax ?? '512m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail = tail.slice(-40);
    log(line);
  };
  const uris: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not accept Bolt connections within ${Math.round((options.timeoutMs ?? 300_000) / 1000)} s; last output: ${tail.slice(-3).join(' | ')}`));
    }, options.timeoutMs ?? 300_000);
    let buf = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trimEnd();
        buf = buf.slice(nl + 1);
        const m = line.match(/^READY \d+ (\S+)$/);
        if (m) uris.push(m[1]!);
        else if (line === 'READY') {
          clearTimeout(timer);
          resolve();
        } else if (line) remember(line);
      }
    });
    let ebuf = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      ebuf += chunk.toString();
      let nl: number;
      while ((nl = ebuf.indexOf('\n')) >= 0) {
        remember(ebuf.slice(0, nl).trimEnd());
        ebuf = ebuf.slice(nl + 1);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const reason = tail.find((l) => l.startsWith('ERROR ')) ?? tail.find((l) => /Exception|Error|error:/.test(l)) ?? tail.slice(-1)[0] ?? '';
      reject(new LocalNeo4jError(`Neo4j exited with code ${code} before it was ready${reason ? `: ${reason.slice(0, 300)}` : ''}`));
    });
  });
  const startedInMs = Date.now() - started;
  return {
    child,
    uris,
    username: 'neo4j',
    password: options.password,
    startedInMs,
    stop: async (graceMs = 30_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
