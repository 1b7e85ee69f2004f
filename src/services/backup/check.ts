// The first reading of a restore: the whole file checked (header, record order, every property
// and its type, unique keys, every id an edge refers to, counts, checksum) before anything is written.
import { createHash } from 'node:crypto';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, checkData, describe, RECORD_NAMES, RECORDS, skippedMeta, SPECS, type Counts, type RecordName } from './records';

/** What the check of a whole backup file found. */
export interface CheckedBackup {
  header: { engine: string; exportedAt: string };
  counts: Counts;
  sha256: string;
}

export type Lines = Iterable<string> | AsyncIterable<string>;

/** A parsed line, or a refusal naming it. */
function parseLine(line: string, n: number): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new BackupError('INVALID_BACKUP', `Line ${n} is not valid JSON: the file is damaged`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new BackupError('INVALID_BACKUP', `Line ${n} is not a JSON object: the file is damaged`);
  return v as Record<string, unknown>;
}

function checkHeader(header: Record<string, unknown>): CheckedBackup['header'] {
  if (header.record !== 'header' || header.format !== BACKUP_FORMAT) throw new BackupError('INVALID_BACKUP', 'Not a backup of this service (no header line)');
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError('INVALID_BACKUP', `Backup format version ${String(header.version)} is not supported (this version reads ${BACKUP_VERSION}; export the graph again with it)`);
  }
  if (typeof header.engine !== 'string' || typeof header.exportedAt !== 'string') throw new BackupError('INVALID_BACKUP', 'The header line lacks its engine or export time');
  return { engine: header.engine, exportedAt: header.exportedAt };
}

/**
 * Checks a whole backup without writing anything: the header, that records come in file order,
 * every record's properties and their types, unique keys, that every id an edge refers to is in
 * the file, the closing line's counts and checksum. Keeps only the keys in memory.
 */
export async function checkBackup(lines: Lines): Promise<CheckedBackup> {
  let n = 0;
  let header: CheckedBackup['header'] | null = null;
  let end: Record<string, unknown> | null = null;
  let endLine = 0;
  const hash = createHash('sha256');
  const counts = Object.fromEntries(RECORD_NAMES.map((r) => [r, 0])) as Counts;
  const ids = new Map<string, Set<string>>(RECORDS.filter((r) => 'pageKey' in r).map((r) => [r.record, new Set<string>()]));
  let at = 0; // index in RECORDS of the current section
  // Edges come grouped by holder: holders already left, and the edges of the current one.
  let holders = new Set<string>();
  let holder: string | null = null;
  let edgesOfHolder = new Set<string>();
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    if (end) throw new BackupError('INVALID_BACKUP', `Line ${n} follows the closing line (line ${endLine}): the file is damaged`);
    const line = parseLine(raw, n);
    if (!header) {
      header = checkHeader(line);
      continue;
    }
    if (line.record === 'end') {
      end = line;
      endLine = n;
      continue;
    }
    const spec = SPECS.get(String(line.record));
    if (!spec || typeof line.record !== 'string') throw new BackupError('INVALID_BACKUP', `Line ${n}: unknown record ${JSON.stringify(line.record)?.slice(0, 40)}`);
    const extra = Object.keys(line).find((k) => k !== 'record' && k !== 'data');
    if (extra) throw new BackupError('INVALID_BACKUP', `Line ${n}: unexpected field "${extra}"`);
    const index = RECORDS.findIndex((r) => r.record === spec.record);
    if (index < at) throw new BackupError('INVALID_BACKUP', `Line ${n}: a ${spec.record} record after the ${RECORDS[at]!.record} records: records are out of order`);
    if (index > at) {
      at = index;
      holders = new Set();
      holder = null;
      edgesOfHolder = new Set();
    }
    const data = line.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BackupError('INVALID_BACKUP', `Line ${n}: a ${spec.record} record without data`);
    const d = data as Record<string, unknown>;
    const wrong = checkData(spec, d);
    if (wrong) throw new BackupError('INVALID_BACKUP', `Line ${n}: the ${describe(spec, d)} ${wrong}`);
    if (spec.pageKey) {
      const key = d[spec.pageKey] as string;
      const seen = ids.get(spec.record)!;
      if (seen.has(key)) throw new BackupError('INVALID_BACKUP', `Line ${n}: ${spec.record} ${key} appears twice`);
      if (spec.record === 'meta' && skippedMeta(key)) throw new BackupError('INVALID_BACKUP', `Line ${n}: Meta key ${key} is not part of a backup`);
      seen.add(key);
    } else {
      for (const [prop, of] of Object.entries(spec.refs ?? {})) {
        if (!ids.get(of)!.has(d[prop] as string)) throw new BackupError('INVALID_BACKUP', `Line ${n}: the ${describe(spec, d)} refers to ${of} ${String(d[prop])}, which the file does not hold`);
      }
      const h = d[spec.holder!.prop] as string;
      if (h !== holder) {
        if (holders.has(h)) throw new BackupError('INVALID_BACKUP', `Line ${n}: the ${spec.record} records of ${h} are not together: records are out of order`);
        if (holder !== null) holders.add(holder);
        holder = h;
        edgesOfHolder = new Set();
      }
      const edgeKey = JSON.stringify(Object.keys(spec.props).filter((k) => k !== spec.holder!.prop && (spec.key.includes(k) || k === 'role' || k === 'detail')).map((k) => d[k]));
      if (edgesOfHolder.has(edgeKey)) throw new BackupError('INVALID_BACKUP', `Line ${n}: the ${describe(spec, d)} appears twice`);
      edgesOfHolder.add(edgeKey);
    }
    hash.update(raw).update('\n');
    counts[spec.record as RecordName]++;
  }
  if (!header) throw new BackupError('INVALID_BACKUP', 'The backup file is empty');
  if (!end) throw new BackupError('INVALID_BACKUP', 'The backup is truncated (no closing line)');
  const stated = end.counts as Record<string, unknown> | undefined;
  if (!stated || typeof stated !== 'object') throw new BackupError('INVALID_BACKUP', 'The closing line has no counts');
  for (const r of RECORD_NAMES) {
    if (stated[r] !== counts[r]) {
      throw new BackupError('INVALID_BACKUP', `The backup is inconsistent: its closing line counts ${String(stated[r])} ${r} records, the file holds ${counts[r]}`);
    }
  }
  const sha256 = hash.digest('hex');
  if (end.sha256 !== sha256) throw new BackupError('INVALID_BACKUP', 'The backup is damaged: its content does not match the checksum in its closing line');
  return { header, counts, sha256 };
}
