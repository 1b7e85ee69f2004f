// `npm run export -- <file>` and `npm run restore -- <file>`: back up the graph the environment
// points at (DB_PATH or NEO4J_URI) as JSON lines, or load such a file into an empty database.
// The embedded database must not be open in a running service at the same time.
// Every failure is one line on stderr in the project's words, and an exit code (see EXIT).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ConfigError, loadConfig } from '../config';
import { CypherLoadError } from '../graph/cypher-loader';
import { EngineError, type GraphEngine } from '../graph/engine';
import { openEngine } from '../graph/open-engine';
import { BackupError, checkBackup, exportGraph, restoreGraph, type BackupErrorCode } from '../services/backup/backup';

/** Exit codes, as the README lists them. */
export const EXIT = {
  /** The database or a file failed while working (the message says which). */
  failed: 1,
  /** Wrong command line or environment. */
  usage: 2,
  /** The backup file is not a complete, consistent backup: nothing was written. */
  invalidBackup: 3,
  /** The database refused: in use, not empty, or holding an interrupted restore. */
  refused: 4,
  /** A restore wrote but the database does not match the file: left marked incomplete. */
  mismatch: 5,
} as const;

const BULK_TIMEOUT_MS = 600_000;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const BACKUP_EXIT: Record<BackupErrorCode, number> = {
  INVALID_BACKUP: EXIT.invalidBackup,
  NOT_EMPTY: EXIT.refused,
  INCOMPLETE_RESTORE: EXIT.refused,
  UNSUPPORTED_DATA: EXIT.failed,
  RESTORE_MISMATCH: EXIT.mismatch,
};

/** A file-system failure in words, without Node's own text. */
function fsProblem(err: NodeJS.ErrnoException, what: string): string {
  const why: Record<string, string> = {
    ENOENT: 'it does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of its path is not a directory',
    EEXIST: 'a part of its path is a file, not a directory',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    EMFILE: 'too many open files',
  };
  return `${what}: ${why[err.code ?? ''] ?? `file system error ${err.code ?? 'unknown'}`}`;
}

function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/** Turns any failure into the one line an operator reads and the exit code. */
export function explain(err: unknown, command: string, where: string): { line: string; code: number } {
  if (err instanceof CliError) return { line: err.message, code: err.exitCode };
  if (err instanceof BackupError) return { line: `${command} refused (${err.code}): ${err.message}`, code: BACKUP_EXIT[err.code] };
  if (err instanceof ConfigError) return { line: `${command} not started: ${err.message.split('\n')[0]}`, code: EXIT.usage };
  if (err instanceof CypherLoadError) return { line: `${command} not started: this installation's Cypher files are broken (${err.message.split('\n')[0]})`, code: EXIT.failed };
  if (err instanceof EngineError) {
    // The engine's own words stay out: only our messages for the codes that have them.
    if (err.code === 'LOCKED') return { line: `${command} refused (LOCKED): ${err.message}`, code: EXIT.refused };
    if (err.code === 'UNAVAILABLE') return { line: `${command} failed (UNAVAILABLE): the database at ${where} cannot be opened or reached`, code: EXIT.failed };
    if (err.code === 'TIMEOUT') return { line: `${command} failed (TIMEOUT): a database operation took longer than DB_QUERY_TIMEOUT_MS allows`, code: EXIT.failed };
    const op = /^Operation (\S+)/.exec(err.message)?.[1];
    return { line: `${command} failed (ENGINE_FAILURE): the database at ${where} failed${op ? ` during ${op}` : ''} (BACKUP_DEBUG=1 shows the engine's message)`, code: EXIT.failed };
  }
  if (isFsError(err)) return { line: `${command} failed (FILE): ${fsProblem(err, err.path ?? 'a file')}`, code: EXIT.failed };
  return { line: `${command} failed (INTERNAL): ${err instanceof Error ? err.name : 'unknown error'} (BACKUP_DEBUG=1 shows more)`, code: EXIT.failed };
}

/** The file's lines, read as a stream (a backup of the full graph is hundreds of MB). */
async function* linesOf(file: string): AsyncGenerator<string> {
  const stream = fs.createReadStream(file, { encoding: 'utf8' });
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
    stream.destroy();
  }
}

/** Buffers lines and writes them in large chunks: one syscall per line is slow on a million lines. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  line(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    fs.writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

async function withEngine<T>(open: () => Promise<GraphEngine>, work: (engine: GraphEngine) => Promise<T>): Promise<T> {
  const engine = await open();
  try {
    return await work(engine);
  } finally {
    await engine.close().catch(() => undefined);
  }
}

async function main(command: string | undefined, file: string | undefined): Promise<string> {
  if ((command !== 'export' && command !== 'restore') || !file) {
    throw new CliError('usage: npm run export -- <file.jsonl>   |   npm run restore -- <file.jsonl>', EXIT.usage);
  }
  // Whole-graph batches are not service requests: unless the operator sets a limit, each
  // operation may take up to 10 minutes (the service's default of 10 s failed restores here).
  const config = loadConfig({ DB_QUERY_TIMEOUT_MS: String(BULK_TIMEOUT_MS), ...process.env });
  const where = config.engine.kind === 'neo4j' ? config.engine.uri : config.engine.path;
  const open = () => openEngine(config.engine);
  if (command === 'restore') {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (err) {
      throw new CliError(`restore refused (INVALID_BACKUP): ${fsProblem(err as NodeJS.ErrnoException, `cannot read ${file}`)}`, EXIT.invalidBackup);
    }
    if (!stat.isFile()) throw new CliError(`restore refused (INVALID_BACKUP): ${file} is not a file`, EXIT.invalidBackup);
    // The whole file is checked before the database is even opened.
    const checked = await checkBackup(linesOf(file));
    const counts = await withEngine(open, (engine) => restoreGraph(engine, () => linesOf(file), { checked }));
    return `restored ${file} into ${where}: ${summary(counts)}`;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new CliError(`export failed (FILE): ${file} is a directory`, EXIT.failed);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  return withEngine(open, async (engine) => {
    const fd = fs.openSync(tmp, 'w');
    let closed = false;
    try {
      const out = new ChunkedWriter(fd);
      const counts = await exportGraph(engine, (line) => out.line(line));
      out.flush();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      closed = true;
      // Only a complete export replaces the target file.
      fs.renameSync(tmp, target);
      return `exported ${where} to ${file}: ${summary(counts)}`;
    } finally {
      if (!closed) fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
    }
  });
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

if (require.main === module) {
  const [command, file] = process.argv.slice(2);
  main(command, file).then(
    (done) => {
      process.stdout.write(`${done}\n`);
    },
    (err: unknown) => {
      let where = 'the configured database';
      try {
        const c = loadConfig();
        where = c.engine.kind === 'neo4j' ? c.engine.uri : c.engine.path;
      } catch {
        /* the configuration itself is what failed */
      }
      const { line, code } = explain(err, command === 'restore' || command === 'export' ? command : 'backup', where);
      process.stderr.write(`${line}\n`);
      if (process.env.BACKUP_DEBUG === '1') process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = code;
    },
  );
}
