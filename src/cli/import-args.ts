// Command-line arguments of `npm run import`: parsed and checked before anything is opened.
import path from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { ImportError } from '../services/import/errors';
import { SOURCES, type ImportSource } from '../services/import/runner';

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

const OPTIONS = {
  'report-dir': { type: 'string' },
  'batch-size': { type: 'string' },
  'abort-after-batches': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(argv);
  } catch (err) {
    // node:util's own words name the option; the usage follows in ours.
    const code = (err as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((err as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new ImportError('USAGE', `unknown option ${option}\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ImportError('USAGE', `option ${option} needs a value\n${USAGE}`);
    throw new ImportError('USAGE', `${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new ImportError('USAGE', USAGE);
  for (const name of ['report-dir', 'batch-size', 'abort-after-batches'] as const) {
    // `--batch-size --quiet` would take "--quiet" as the value.
    if (values[name]?.startsWith('--')) throw new ImportError('USAGE', `option --${name} needs a value\n${USAGE}`);
  }
  const [source, target, ...extra] = positionals;
  if (!source || !target || extra.length > 0) throw new ImportError('USAGE', `expected a source and a path\n${USAGE}`);
  if (!SOURCES.includes(source as ImportSource)) throw new ImportError('USAGE', `unknown source "${source}" (one of ${SOURCES.join(', ')})\n${USAGE}`);
  const int = (name: 'batch-size' | 'abort-after-batches'): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < 0) throw new ImportError('USAGE', `--${name} must be a whole number (got ${v})`);
    return n;
  };
  const batchSize = int('batch-size');
  if (batchSize !== undefined && (batchSize < 100 || batchSize > 50_000)) throw new ImportError('USAGE', '--batch-size must be between 100 and 50000');
  return {
    source: source as ImportSource,
    path: path.resolve(target),
    reportDir: path.resolve(values['report-dir'] ?? path.join('data', 'import')),
    batchSize,
    abortAfterBatches: int('abort-after-batches'),
    quiet: values.quiet ?? false,
  };
}

function parseWith(argv: string[]) {
  return parseNodeArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}
