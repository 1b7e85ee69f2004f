// Backup as JSON lines: a header, every source, entity, fact, ABOUT and CITES edge, audit entry
// and Meta key in key order, and a closing line with the counts (a truncated file is refused).
// Derived squads and links (and the `derived:*` Meta keys about them) are not exported: restore
// rebuilds them from the facts.
// Restore writes only into an empty database, through the same write operations as seeding,
// and marks the database as incomplete until the last step is done.
import type { CypherCatalog } from '../graph/cypher-loader';
import type { GraphEngine, Row } from '../graph/engine';
import type { OperationName } from '../graph/operations';
import { ensureFactRefs } from '../graph/fact-refs';
import { rebuildDerived } from '../knowledge/derived';

export const BACKUP_FORMAT = 'belgian-football-graph';
export const BACKUP_VERSION = 1;
/** Set while a restore is writing; the service refuses to start on such a database. */
export const RESTORING_KEY = 'backup:restoring';

const PAGE = 5000;

/** Each kind of record: the export query, the restore operation, and whether it is a whole node. */
const RECORDS = [
  { record: 'source', read: 'backup/sources', write: 'write/upsert-sources', node: true },
  { record: 'entity', read: 'backup/entities', write: 'write/upsert-entities', node: true },
  { record: 'fact', read: 'backup/facts', write: 'write/upsert-facts', node: true },
  { record: 'about-entity', read: 'backup/about-entity', write: 'write/link-about-entity', node: false },
  { record: 'about-fact', read: 'backup/about-fact', write: 'write/link-about-fact', node: false },
  { record: 'cites-fact', read: 'backup/cites-fact', write: 'write/cite-fact', node: false },
  { record: 'cites-entity', read: 'backup/cites-entity', write: 'write/cite-entity', node: false },
  { record: 'audit', read: 'backup/audit', write: 'edit/record-audit', node: true },
  { record: 'meta', read: 'backup/meta', write: 'write/set-meta', node: true },
] as const satisfies readonly { record: string; read: OperationName; write: OperationName; node: boolean }[];

type RecordName = (typeof RECORDS)[number]['record'];
export type Counts = Record<RecordName, number>;

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Meta keys that describe derived data (rebuilt on restore), the schema's state (the restoring
 * database has its own) or a restore itself are not backed up.
 */
function skippedMeta(key: unknown): boolean {
  return key === RESTORING_KEY || (typeof key === 'string' && (key.startsWith('derived:') || key.startsWith('schema:')));
}

/** Copies kept for reads (src/graph/fact-refs.ts), made again on restore: not exported. */
const COPIED: Partial<Record<RecordName, readonly string[]>> = { fact: ['refs'], 'about-entity': ['kind'], 'about-fact': ['kind'] };

/** Properties sorted by name, nulls dropped: the same graph always exports the same bytes. */
function canonical(value: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== null && value[key] !== undefined) out[key] = value[key];
  return out;
}

/** Writes the whole graph, line by line, through `write`. */
export async function exportGraph(engine: GraphEngine, write: (line: string) => void | Promise<void>, now = new Date()): Promise<Counts> {
  await write(JSON.stringify({ record: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, engine: engine.kind, exportedAt: now.toISOString() }));
  const counts = Object.fromEntries(RECORDS.map((r) => [r.record, 0])) as Counts;
  for (const spec of RECORDS) {
    for (let skip = 0; ; skip += PAGE) {
      const rows = await engine.read(spec.read, { skip, limit: PAGE });
      for (const row of rows) {
        const data = spec.node ? canonical((row.node ?? {}) as Row) : canonical(row);
        for (const key of COPIED[spec.record] ?? []) delete data[key];
        if (spec.record === 'meta' && skippedMeta(data.key)) continue;
        await write(JSON.stringify({ record: spec.record, data }));
        counts[spec.record]++;
      }
      if (rows.length < PAGE) break;
    }
  }
  await write(JSON.stringify({ record: 'end', counts }));
  return counts;
}

/** The columns a write operation reads from each row (`r.<name>` in its Cypher). */
export function columnsOf(cypher: string): string[] {
  const code = cypher.replace(/^\s*\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\br\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

export interface ParsedBackup {
  header: { engine: string; exportedAt: string };
  records: Map<RecordName, Record<string, unknown>[]>;
  counts: Counts;
}

/** Parses and checks a whole backup before anything is written. */
export function parseBackup(lines: readonly string[]): ParsedBackup {
  const body = lines.filter((l) => l.trim() !== '');
  const parse = (line: string, n: number): Record<string, unknown> => {
    try {
      const v = JSON.parse(line) as unknown;
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      return v as Record<string, unknown>;
    } catch {
      throw new BackupError(`Line ${n} is not a JSON object`);
    }
  };
  if (body.length === 0) throw new BackupError('The backup file is empty');
  const header = parse(body[0]!, 1);
  if (header.record !== 'header' || header.format !== BACKUP_FORMAT) throw new BackupError('Not a backup of this service (no header line)');
  if (header.version !== BACKUP_VERSION) throw new BackupError(`Backup format version ${String(header.version)} is not supported (expected ${BACKUP_VERSION})`);
  const end = parse(body[body.length - 1]!, body.length);
  if (end.record !== 'end') throw new BackupError('The backup is truncated (no closing line)');
  const known = new Set<string>(RECORDS.map((r) => r.record));
  const records = new Map<RecordName, Record<string, unknown>[]>(RECORDS.map((r) => [r.record, []]));
  for (let i = 1; i < body.length - 1; i++) {
    const line = parse(body[i]!, i + 1);
    if (typeof line.record !== 'string' || !known.has(line.record) || !line.data || typeof line.data !== 'object') {
      throw new BackupError(`Line ${i + 1}: unknown record ${JSON.stringify(line.record)}`);
    }
    records.get(line.record as RecordName)!.push(line.data as Record<string, unknown>);
  }
  const counts = end.counts as Record<string, unknown> | undefined;
  for (const r of RECORDS) {
    if (!counts || counts[r.record] !== records.get(r.record)!.length) {
      throw new BackupError(`The backup is inconsistent: its closing line counts ${String(counts?.[r.record])} ${r.record} records, the file holds ${records.get(r.record)!.length}`);
    }
  }
  return { header: { engine: String(header.engine), exportedAt: String(header.exportedAt) }, records, counts: counts as Counts };
}

/** Loads a parsed backup into an empty database, then rebuilds derived squads and links. */
export async function restoreGraph(engine: GraphEngine, catalog: CypherCatalog, backup: ParsedBackup): Promise<Counts> {
  const [{ total } = { total: 0 }] = await engine.read('backup/count-data-nodes');
  if (Number(total) > 0) {
    throw new BackupError(`Refusing to restore into a database that is not empty (${Number(total)} nodes): restore into a new, empty database`);
  }
  // Every property of the backup must have a column to go to, or it would be lost silently.
  const plans = RECORDS.map((spec) => {
    const text = catalog.get(spec.write);
    if (!text) throw new BackupError(`Missing write operation ${spec.write}`);
    const columns = columnsOf(text);
    for (const data of backup.records.get(spec.record)!) {
      const extra = Object.keys(data).find((k) => !columns.includes(k));
      if (extra) throw new BackupError(`A ${spec.record} record has a property "${extra}" this version cannot restore`);
    }
    return { spec, columns };
  });
  await engine.write('write/set-meta', { rows: [{ key: RESTORING_KEY, value: backup.header.exportedAt }] });
  for (const { spec, columns } of plans) {
    const data = backup.records.get(spec.record)!.filter((d) => !(spec.record === 'meta' && skippedMeta(d.key)));
    for (let i = 0; i < data.length; i += PAGE) {
      const rows = data.slice(i, i + PAGE).map((d) => Object.fromEntries(columns.map((c) => [c, d[c] ?? null])));
      await engine.writeAll([{ op: spec.write, params: { rows } }]);
    }
  }
  await ensureFactRefs(engine, { force: true });
  await rebuildDerived(engine);
  await engine.write('backup/delete-meta', { keys: [RESTORING_KEY] });
  return Object.fromEntries(RECORDS.map((r) => [r.record, backup.records.get(r.record)!.length])) as Counts;
}

/** True when a restore started on this database and never finished. */
export async function restoreIncomplete(engine: GraphEngine): Promise<boolean> {
  const [row] = await engine.read('read/meta', { keys: [RESTORING_KEY] });
  return typeof row?.value === 'string';
}
