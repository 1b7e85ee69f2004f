// Command-line arguments of `npm run import`: parsed and checked before anything is opened.
import path from 'node:path';
import { ImportError } from './errors';
import { SOURCES, type ImportSource } from './runner';

export const USAGE = `usage: npm run import -- <source> <path> [--report-dir <dir>] [--batch-size <n>] [--abort-after-batches <n>] [--quiet]
  sources:
    transfers <dir>   transfermarkt-transfers CSVs (data/<season>/<league>.csv; one league, one season or all)
    clubs <dir>       openfootball *.clubs.txt files (e.g. openfootball-clubs/europe/belgium)
    worldcup <dir>    the Fjelstul World Cup Database data-csv directory
    results <dir>     Belgian top-flight results (<season>/be.1.csv, e.g. belgian-league-results)
    all <dir>         all four, from <dir>/openfootball-clubs, <dir>/transfermarkt-transfers, <dir>/worldcup
                      and <dir>/belgian-league-results
  the database is the one the server uses (DB_PATH, or NEO4J_URI); stop the server first.`;

export interface CliArgs {
  source: ImportSource;
  path: string;
  reportDir: string;
  batchSize?: number;
  abortAfterBatches?: number;
  quiet: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new ImportError('USAGE', USAGE);
    if (a === '--quiet') flags.set('quiet', true);
    else if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ImportError('USAGE', `option ${a} needs a value\n${USAGE}`);
      flags.set(a.slice(2), value);
      i++;
    } else positional.push(a);
  }
  const [source, target, ...extra] = positional;
  if (!source || !target || extra.length > 0) throw new ImportError('USAGE', `expected a source and a path\n${USAGE}`);
  if (!SOURCES.includes(source as ImportSource)) throw new ImportError('USAGE', `unknown source "${source}" (one of ${SOURCES.join(', ')})\n${USAGE}`);
  const int = (name: string): number | undefined => {
    const v = flags.get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (typeof v !== 'string' || !Number.isInteger(n) || n < 0) throw new ImportError('USAGE', `--${name} must be a whole number (got ${String(v)})`);
    return n;
  };
  for (const k of flags.keys()) if (!['report-dir', 'batch-size', 'abort-after-batches', 'quiet'].includes(k)) throw new ImportError('USAGE', `unknown option --${k}\n${USAGE}`);
  const batchSize = int('batch-size');
  if (batchSize !== undefined && (batchSize < 100 || batchSize > 50_000)) throw new ImportError('USAGE', '--batch-size must be between 100 and 50000');
  return {
    source: source as ImportSource,
    path: path.resolve(target),
    reportDir: path.resolve(typeof flags.get('report-dir') === 'string' ? (flags.get('report-dir') as string) : path.join('data', 'import')),
    batchSize,
    abortAfterBatches: int('abort-after-batches'),
    quiet: flags.has('quiet'),
  };
}

