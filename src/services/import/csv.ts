// Streaming CSV reading with line numbers: records are parsed one at a time from the file stream
// (never the whole file in memory), rows whose field count differs from the header and rows the
// parser cannot read (broken quotes) are handed to `onReject` with their line, and the rest go on.
import fs from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { ImportError } from './errors';

export interface CsvRow {
  /** Field values by header name. */
  fields: Record<string, string>;
  /** Line of the file the record ends on (1-based, the header is line 1). */
  line: number;
  /** The record as written, for the rejects file. */
  raw: string;
}

export interface CsvReject {
  line: number;
  reason: string;
  raw: string;
}

/** Reads a CSV file with a header row; `required` columns must all be in the header. */
export async function* readCsv(file: string, required: readonly string[], onReject: (r: CsvReject) => void): AsyncGenerator<CsvRow> {
  let header: string[] | null = null;
  const parser = fs.createReadStream(file).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
      on_skip: (err: CsvError | undefined, raw: string | undefined) => {
        onReject({ line: (err as { lines?: number } | undefined)?.lines ?? 0, reason: `unreadable CSV record: ${err?.message?.split('\n')[0] ?? 'parse error'}`, raw: (raw ?? '').trimEnd() });
        return undefined;
      },
    }),
  );
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
    const { record, info } = item;
    const raw = item.raw.replace(/\r?\n$/, '');
    if (!header) {
      header = record.map((h) => h.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length > 0) {
        parser.destroy();
        throw new ImportError('INPUT_INVALID', `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header`);
      }
      continue;
    }
    if (record.length !== header.length) {
      onReject({ line: info.lines, reason: `expected ${header.length} fields, found ${record.length}`, raw });
      continue;
    }
    const fields: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) fields[header[i]!] = record[i]!;
    yield { fields, line: info.lines, raw };
  }
  if (!header) throw new ImportError('INPUT_INVALID', `${file}: empty file (no header row)`);
}
