// Test support: a real, empty database for each test that asks for one, on the engine the run
// is for. Embedded LadybugDB: a file in a temporary directory. Neo4j (NEO4J_TEST_URIS, a comma-
// separated list of servers, or NEO4J_URI): Community has one user database per server, so a
// database is a whole server, held with a lock file for as long as the test uses it and emptied
// when taken — no test sees another's data, whatever the number of jest workers (they wait for
// a free server instead). `npm run test:neo4j` starts the servers itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Session } from 'neo4j-driver';

export type TestEngineKind = 'ladybug' | 'neo4j';

const neo4jUris = (process.env.NEO4J_TEST_URIS ?? process.env.NEO4J_URI ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

/** The engine this test run is for. */
export const TEST_ENGINE: TestEngineKind = neo4jUris.length > 0 ? 'neo4j' : 'ladybug';
const NEO4J_USERNAME = process.env.NEO4J_TEST_USERNAME ?? process.env.NEO4J_USERNAME ?? 'neo4j';
const NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD ?? '';

export function tempDir(prefix = 'bfg-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDatabase {
  kind: TestEngineKind;
  /** Environment that points the service, the CLIs or `loadConfig` at this database. */
  env: Record<string, string>;
  /** A scratch directory of the test's own (backups, reports); removed on release. */
  dir: string;
  /** The embedded database file (ladybug only). */
  dbPath?: string;
  /** Neo4j: the server's URI. */
  uri?: string;
  release(): Promise<void>;
}

/** Environment with every engine variable of the parent removed, so only `db.env` chooses. */
export function withoutEngineEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || /^(NEO4J_|DB_PATH$)/.test(k)) continue;
    out[k] = v;
  }
  return out;
}

const LOCK_ROOT = path.join(os.tmpdir(), 'bfg-neo4j-slots');
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockPath(uri: string): string {
  return path.join(LOCK_ROOT, uri.replace(/[^A-Za-z0-9]+/g, '_'));
}

function tryLock(uri: string): boolean {
  const dir = lockPath(uri);
  fs.mkdirSync(LOCK_ROOT, { recursive: true });
  try {
    fs.mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // Being written right now, or left behind by a process killed between mkdir and write.
      const age = Date.now() - fs.statSync(dir).mtimeMs;
      if (age < 5_000) return false;
    }
    if (Number.isFinite(owner) && alive(owner)) return false;
    fs.rmSync(dir, { recursive: true, force: true });
    return false;
  }
  fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
  held.add(uri);
  return true;
}

function unlock(uri: string): void {
  held.delete(uri);
  fs.rmSync(lockPath(uri), { recursive: true, force: true });
}

process.once('exit', () => {
  for (const uri of held) fs.rmSync(lockPath(uri), { recursive: true, force: true });
});

async function takeServer(timeoutMs = 15 * 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  // Start at a different server in each worker so they rarely contend.
  const offset = Number(process.env.JEST_WORKER_ID ?? 1) - 1;
  for (;;) {
    for (let i = 0; i < neo4jUris.length; i += 1) {
      const uri = neo4jUris[(i + offset * 2) % neo4jUris.length]!;
      if (!held.has(uri) && tryLock(uri)) return uri;
    }
    if (Date.now() > deadline) throw new Error(`no Neo4j test server became free within ${timeoutMs / 1000} s (${neo4jUris.join(', ')})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs `work` in a session of its own driver on a test server (not through the engine). */
async function withSession<T>(uri: string, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(NEO4J_USERNAME, NEO4J_PASSWORD));
  try {
    const session = driver.session();
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Deletes everything in a Neo4j database (constraints and indexes stay: migration is idempotent). */
export async function emptyNeo4j(uri: string): Promise<void> {
  await withSession(uri, (session) => session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
}

/** Drops every constraint and index in a Neo4j database, as on a server no service has migrated yet. */
export async function dropNeo4jSchema(uri: string): Promise<number> {
  return withSession(uri, async (session) => {
    let dropped = 0;
    for (const name of (await session.run('SHOW CONSTRAINTS YIELD name')).records.map((r) => r.get('name') as string)) {
      await session.run(`DROP CONSTRAINT \`${name}\` IF EXISTS`);
      dropped += 1;
    }
    // Lookup indexes are Neo4j's own; constraint-backed indexes went with their constraints.
    for (const name of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records.map((r) => r.get('name') as string)) {
      await session.run(`DROP INDEX \`${name}\` IF EXISTS`);
      dropped += 1;
    }
    return dropped;
  });
}

/** A fresh, empty database of the run's engine, with a scratch directory. */
export async function acquireDatabase(name = 'graph'): Promise<TestDatabase> {
  const dir = tempDir();
  if (TEST_ENGINE === 'ladybug') {
    const dbPath = path.join(dir, `${name}.lbug`);
    return {
      kind: 'ladybug',
      env: { DB_PATH: dbPath },
      dir,
      dbPath,
      release: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const uri = await takeServer();
  try {
    await emptyNeo4j(uri);
  } catch (err) {
    unlock(uri);
    throw err;
  }
  let released = false;
  return {
    kind: 'neo4j',
    env: { NEO4J_URI: uri, NEO4J_USERNAME, NEO4J_PASSWORD },
    dir,
    uri,
    release: async () => {
      if (released) return;
      released = true;
      unlock(uri);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
