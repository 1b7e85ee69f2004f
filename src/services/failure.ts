// Command-line failures in the project's words: one line naming what went wrong and what to do,
// never an engine's message or a raw Node error (`EEXIST: file already exists, mkdir …`). The
// original stays available with LOG_LEVEL=debug (printed after the line).
import { ConfigError } from '../config';
import { CypherLoadError } from '../graph/cypher-loader';
import { EngineError } from '../graph/engine';
import { KnowledgeError } from '../domain/validation';

export interface CliFailure {
  /** A short code in capitals, shown in brackets. */
  code: string;
  message: string;
}

const SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or directory',
  EEXIST: 'a file is in the way (a directory was expected)',
  ENOTDIR: 'a file is in the way (a directory was expected)',
  EISDIR: 'it is a directory (a file was expected)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
  EPIPE: 'the output was closed',
};

const SYSTEM_VERBS: Record<string, string> = { mkdir: 'cannot create the directory', open: 'cannot open', write: 'cannot write', rename: 'cannot rename', unlink: 'cannot remove', scandir: 'cannot list', stat: 'cannot read', read: 'cannot read' };

/** What an engine's own message means, in words an operator can act on. */
function engineReason(message: string): string | null {
  if (/Unable to allocate memory|Buffer manager exception|out of memory/i.test(message)) return 'the database ran out of memory for its buffer pool: raise DB_BUFFER_POOL_MB and run it again';
  if (/No space left|disk full|ENOSPC/i.test(message)) return 'the disk is full: free some space and run it again';
  if (/not a valid .*database file|file is not a database/i.test(message)) return 'the file is not a LadybugDB database (or is damaged): point DB_PATH at the graph, or at a new path';
  if (/permission denied/i.test(message)) return 'permission denied';
  if (/No such file or directory|does not exist/i.test(message)) return 'its directory does not exist';
  return null;
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!) && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/** The failure in one line; `where` names the database for engine failures. */
export function describeFailure(err: unknown, where: { database?: string; timeoutMs?: number } = {}): CliFailure {
  if (err instanceof ConfigError) return { code: 'CONFIG', message: err.message };
  if (err instanceof KnowledgeError) return { code: 'INVALID_DATA', message: err.message };
  if (err instanceof CypherLoadError) return { code: 'INSTALLATION', message: `the Cypher files of this installation are incomplete: ${err.message.split('\n')[0]}` };
  if (err instanceof EngineError) {
    const db = where.database ?? 'the database';
    const op = /Operation (\S+)/.exec(err.message)?.[1];
    switch (err.code) {
      case 'LOCKED':
        return { code: 'DB_LOCKED', message: `${db} is in use by another process (a running server?): stop it and run it again` };
      case 'TIMEOUT':
        return { code: 'TIMEOUT', message: `${db} did not answer within ${where.timeoutMs ? `${where.timeoutMs} ms ` : ''}(DB_QUERY_TIMEOUT_MS)${op ? ` in ${op}` : ''}: raise it, or run it again when the machine is less busy` };
      case 'UNAVAILABLE': {
        if (/^Cannot reach Neo4j/.test(err.message)) return { code: 'DB_UNAVAILABLE', message: err.message.split('\n')[0]! };
        const cause = err.cause instanceof Error ? err.cause : null;
        const reason = engineReason(err.message) ?? (cause && isSystemError(cause) ? SYSTEM_REASONS[cause.code!] : null) ?? 'the engine refused to open it';
        return { code: 'DB_UNAVAILABLE', message: `cannot open ${db}: ${reason}` };
      }
      case 'INVALID_PARAMS':
        return { code: 'INVALID_DATA', message: `a value could not be written: ${err.message.split('\n')[0]}` };
      default: {
        const reason = engineReason(err.message);
        return { code: 'DB_FAILURE', message: reason ? `${db}${op ? ` (${op})` : ''}: ${reason}` : `${db} refused ${op ?? 'a statement'}; what the last batch wrote was rolled back: run it again (LOG_LEVEL=debug shows the engine's message)` };
      }
    }
  }
  if (isSystemError(err)) {
    const verb = SYSTEM_VERBS[err.syscall!] ?? `cannot ${err.syscall}`;
    return { code: 'FILE', message: `${verb} ${err.path ?? (err.syscall === 'write' ? 'the output' : '')}`.trimEnd() + `: ${SYSTEM_REASONS[err.code!] ?? `system error ${err.code}`}` };
  }
  return { code: 'UNEXPECTED', message: 'an unexpected internal error stopped it (a bug; LOG_LEVEL=debug shows where)' };
}

/** Prints `<program> failed (<CODE>): <message>` (and the original when LOG_LEVEL=debug). */
export function printFailure(program: string, failure: CliFailure, err: unknown, out: NodeJS.WritableStream = process.stderr): void {
  out.write(`${program} failed (${failure.code}): ${failure.message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') out.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
}
