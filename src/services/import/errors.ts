// Import failures a user can act on: each has a code, a one-line message and the exit code the
// CLI ends with. Anything else is a bug and is reported as such.
export type ImportErrorCode =
  | 'USAGE' // bad command line
  | 'INPUT_NOT_FOUND' // the path does not exist or holds no files of the expected kind
  | 'INPUT_INVALID' // a file cannot be read as the expected format at all (not a single bad row)
  | 'DB_LOCKED' // the database is held by another process (usually a running server)
  | 'DB_UNAVAILABLE' // the database cannot be opened or reached
  | 'ABORTED' // stopped on purpose (--abort-after-batches) before the end
  | 'ENGINE_FAULT'; // the database lost what it had just written and could not be repaired

const EXIT_CODES: Record<ImportErrorCode, number> = {
  USAGE: 2,
  INPUT_NOT_FOUND: 3,
  INPUT_INVALID: 3,
  DB_LOCKED: 4,
  DB_UNAVAILABLE: 4,
  ABORTED: 5,
  ENGINE_FAULT: 6,
};

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}
