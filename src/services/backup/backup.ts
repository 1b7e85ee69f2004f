// Backup as JSON lines: a header, every source, entity, fact, ABOUT and CITES edge, audit entry
// and Meta key in key order with every property (nulls too, so null and [] round-trip), and a
// closing line with the counts and a SHA-256 of the lines between header and end.
// Export reads keyset pages (`WHERE id > $after ORDER BY id LIMIT n`; edges by ranges of their
// holder's keys), so memory stays bounded and time grows linearly with the graph.
// Restore reads the file twice: first it checks all of it (format, the type of every property,
// every referenced id, counts, checksum) and writes nothing if anything is wrong; then it writes
// it into an empty database in columnar batches (the importer's write path), rebuilds derived
// squads and links, checks what the database holds against the file's counts, and only then
// removes the marker (Meta `backup:restoring`) that keeps the service and export off the graph.
// Derived squads and links (and the `derived:*` / `schema:*` Meta keys) are not exported.
import { createHash } from 'node:crypto';
import type { GraphEngine, Row, WriteStep } from '../../graph/engine';
import type { OperationName } from '../../graph/operations';
import { ensureFactRefs } from '../../graph/fact-refs';
import { toColumns, type ColumnType } from '../../graph/packed';
import { CITATION_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS } from '../write/rows';
import { rebuildDerived } from '../derived/rebuild';

export const BACKUP_FORMAT = 'belgian-football-graph';
/** 2: every property written (nulls included), a checksum in the closing line. */
export const BACKUP_VERSION = 2;
/** Set while a restore is writing; the service and export refuse such a database. */
export const RESTORING_KEY = 'backup:restoring';

/** Records a page of export reads, and rows a restore batch writes. */
export const DEFAULT_PAGE = 5000;

type NodeRecord = 'source' | 'entity' | 'fact' | 'audit' | 'meta';

interface RecordSpec {
  record: string;
  read: OperationName;
  write: OperationName;
  /** Every property a record holds, with its type (all may be null except the keys). */
  props: Record<string, ColumnType>;
  /** Properties that identify the record: non-empty strings. */
  key: readonly string[];
  /** Nodes: the key that pages are read in order of. */
  pageKey?: string;
  /** Edges: the property naming the node whose key ranges page them, and that node's record. */
  holder?: { prop: string; of: NodeRecord };
  /** Properties holding ids of other records, which must be in the file before them. */
  refs?: Record<string, NodeRecord>;
}

const S = 'string' as const;

/** In file order: nodes before the edges that refer to them. */
const RECORDS = [
  {
    record: 'source', read: 'backup/sources', write: 'backup/restore-sources', key: ['id'], pageKey: 'id',
    props: SOURCE_COLUMNS,
  },
  {
    record: 'entity', read: 'backup/entities', write: 'backup/restore-entities', key: ['id'], pageKey: 'id',
    props: ENTITY_COLUMNS,
  },
  {
    record: 'fact', read: 'backup/facts', write: 'backup/restore-facts', key: ['id'], pageKey: 'id',
    props: FACT_COLUMNS,
  },
  {
    record: 'about-entity', read: 'backup/about-entity', write: 'backup/restore-about-entity', key: ['fact', 'target'],
    props: { fact: S, target: S, role: S }, holder: { prop: 'fact', of: 'fact' }, refs: { fact: 'fact', target: 'entity' },
  },
  {
    record: 'about-fact', read: 'backup/about-fact', write: 'backup/restore-about-fact', key: ['fact', 'target'],
    props: { fact: S, target: S, role: S }, holder: { prop: 'fact', of: 'fact' }, refs: { fact: 'fact', target: 'fact' },
  },
  {
    record: 'cites-fact', read: 'backup/cites-fact', write: 'backup/restore-cites-fact', key: ['holder', 'source'],
    props: CITATION_COLUMNS, holder: { prop: 'holder', of: 'fact' }, refs: { holder: 'fact', source: 'source' },
  },
  {
    record: 'cites-entity', read: 'backup/cites-entity', write: 'backup/restore-cites-entity', key: ['holder', 'source'],
    props: CITATION_COLUMNS, holder: { prop: 'holder', of: 'entity' }, refs: { holder: 'entity', source: 'source' },
  },
  {
    record: 'audit', read: 'backup/audit', write: 'backup/restore-audit', key: ['id'], pageKey: 'id',
    props: { id: S, at: S, editor: S, action: S, subjectId: S, reason: S, before: S, after: S },
  },
  { record: 'meta', read: 'backup/meta', write: 'backup/restore-meta', key: ['key'], pageKey: 'key', props: { key: S, value: S } },
] as const satisfies readonly RecordSpec[];

type RecordName = (typeof RECORDS)[number]['record'];
export type Counts = Record<RecordName, number>;
export const RECORD_NAMES: readonly RecordName[] = RECORDS.map((r) => r.record);
const SPECS = new Map<string, RecordSpec>(RECORDS.map((r) => [r.record, r]));

export type BackupErrorCode =
  /** The file is not a complete, consistent backup of this version: nothing was written. */
  | 'INVALID_BACKUP'
  /** The target database holds data: nothing was written. */
  | 'NOT_EMPTY'
  /** The database holds an interrupted restore. */
  | 'INCOMPLETE_RESTORE'
  /** The database holds something a backup of this version cannot carry. */
  | 'UNSUPPORTED_DATA'
  /** A restore wrote, but the database does not hold what the file does: left marked incomplete. */
  | 'RESTORE_MISMATCH';

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Meta keys that describe derived data (rebuilt on restore), the schema's state (the restoring
 * database has its own) or a restore itself are not backed up.
 */
function skippedMeta(key: unknown): boolean {
  return key === RESTORING_KEY || (typeof key === 'string' && (key.startsWith('derived:') || key.startsWith('schema:') || key.startsWith('cache:')));
}

/** Copies kept for reads (src/graph/fact-refs.ts), made again on restore: not exported. */
const COPIED: Partial<Record<RecordName, readonly string[]>> = { fact: ['refs'] };

function typeName(t: ColumnType): string {
  return { string: 'a string', strings: 'a list of strings', number: 'a number', boolean: 'true or false' }[t];
}

function hasType(v: unknown, t: ColumnType): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
  }
}

/** Why a record's data does not fit its kind, or null when it does. */
function checkData(spec: RecordSpec, data: Record<string, unknown>): string | null {
  for (const k of Object.keys(data)) if (!(k in spec.props)) return `has a property "${k}" this version does not know`;
  for (const [k, t] of Object.entries(spec.props)) {
    if (!(k in data)) return `lacks the property "${k}"`;
    const v = data[k];
    if (spec.key.includes(k)) {
      if (typeof v !== 'string' || v === '') return `"${k}" must be a non-empty string`;
    } else if (v !== null && !hasType(v, t)) return `"${k}" must be ${typeName(t)} or null, not ${JSON.stringify(v)?.slice(0, 40)}`;
  }
  return null;
}

function describe(spec: RecordSpec, data: Record<string, unknown>): string {
  return `${spec.record} ${spec.key.map((k) => (typeof data[k] === 'string' ? data[k] : '?')).join(' → ')}`;
}

/** Every property of the record's kind in name order, missing ones as null: stable bytes. */
function canonical(spec: RecordSpec, value: Row): Record<string, unknown> {
  const copied = COPIED[spec.record as RecordName] ?? [];
  for (const k of Object.keys(value)) {
    if (!(k in spec.props) && !copied.includes(k) && value[k] !== null) {
      throw new BackupError('UNSUPPORTED_DATA', `A ${spec.record} (${describe(spec, value)}) has a property "${k}" this version cannot back up`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(spec.props).sort()) out[k] = value[k] ?? null;
  const wrong = checkData(spec, out);
  if (wrong) throw new BackupError('UNSUPPORTED_DATA', `The database holds a ${describe(spec, out)} that ${wrong}: it could not be restored`);
  return out;
}

export interface ExportOptions {
  pageSize?: number;
  now?: Date;
}

/** Writes the whole graph, line by line, through `write`. Refuses a half-restored database. */
export async function exportGraph(engine: GraphEngine, write: (line: string) => void | Promise<void>, options: ExportOptions = {}): Promise<Counts> {
  if (await restoreIncomplete(engine)) {
    throw new BackupError('INCOMPLETE_RESTORE', 'The database holds an incomplete restore (a restore was interrupted): it cannot be backed up; restore again into a new, empty database');
  }
  const limit = options.pageSize ?? DEFAULT_PAGE;
  const now = options.now ?? new Date();
  await write(JSON.stringify({ record: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, engine: engine.kind, exportedAt: now.toISOString() }));
  const hash = createHash('sha256');
  const counts = Object.fromEntries(RECORD_NAMES.map((r) => [r, 0])) as Counts;
  // The last key of each page of entities and facts: the ranges their edges are read in.
  const bounds = new Map<NodeRecord, string[]>();
  const emit = async (spec: RecordSpec, data: Record<string, unknown>) => {
    const line = JSON.stringify({ record: spec.record, data });
    hash.update(line).update('\n');
    await write(line);
    counts[spec.record as RecordName]++;
  };
  for (const spec of RECORDS as readonly RecordSpec[]) {
    if (spec.pageKey) {
      const ends: string[] = [];
      bounds.set(spec.record as NodeRecord, ends);
      for (let after = ''; ; ) {
        const rows = await engine.read(spec.read, { after, limit });
        for (const row of rows) {
          const data = canonical(spec, (row.node ?? {}) as Row);
          if (spec.record === 'meta' && skippedMeta(data.key)) continue;
          await emit(spec, data);
        }
        if (rows.length === 0) break;
        after = String((rows[rows.length - 1]!.node as Row)[spec.pageKey]);
        ends.push(after);
        if (rows.length < limit) break;
      }
    } else {
      let after = '';
      for (const upto of bounds.get(spec.holder!.of) ?? []) {
        for (const row of await engine.read(spec.read, { after, upto })) await emit(spec, canonical(spec, row));
        after = upto;
      }
    }
  }
  await write(JSON.stringify({ record: 'end', counts, sha256: hash.digest('hex') }));
  return counts;
}

/** What the check of a whole backup file found. */
export interface CheckedBackup {
  header: { engine: string; exportedAt: string };
  counts: Counts;
  sha256: string;
}

type Lines = Iterable<string> | AsyncIterable<string>;

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

export interface RestoreOptions {
  /** Rows per write transaction. */
  pageSize?: number;
  /** Progress, one call per step. */
  log?: (message: string) => void;
  /** The result of checkBackup on the same file, when the caller ran it before opening the database. */
  checked?: CheckedBackup;
}

/**
 * Restores a backup into an empty database. `open` gives the file's lines and is called twice:
 * once for the check, once to write.
 */
export async function restoreGraph(engine: GraphEngine, open: () => Lines, options: RestoreOptions = {}): Promise<Counts> {
  const checked = options.checked ?? (await checkBackup(open()));
  options.log?.('checked the backup');
  const [{ total } = { total: 0 }] = await engine.read('backup/count-data-nodes');
  if (Number(total) > 0) {
    throw new BackupError('NOT_EMPTY', `Refusing to restore into a database that is not empty (${Number(total)} nodes): restore into a new, empty database`);
  }
  const size = options.pageSize ?? DEFAULT_PAGE;
  await engine.write('meta/set', { rows: [{ key: RESTORING_KEY, value: checked.header.exportedAt }] });
  const hash = createHash('sha256');
  const meta = new Map<string, unknown>();
  let batch: Record<string, unknown>[] = [];
  let current: RecordSpec | null = null;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    const step: WriteStep = { op: current.write, params: toColumns(batch, current.props) };
    await engine.writeAll([step]);
    batch = [];
  };
  let first = true;
  for await (const raw of open()) {
    if (raw.trim() === '') continue;
    if (first) {
      first = false;
      continue;
    }
    const line = JSON.parse(raw) as { record: string; data?: Record<string, unknown> };
    if (line.record === 'end') break;
    hash.update(raw).update('\n');
    const spec = SPECS.get(line.record)!;
    if (spec !== current) {
      await flush();
      if (current) options.log?.(`wrote ${current.record} records`);
      current = spec;
    }
    if (spec.record === 'meta') meta.set(String(line.data!.key), line.data!.value);
    batch.push(line.data!);
    if (batch.length >= size) await flush();
  }
  await flush();
  if (hash.digest('hex') !== checked.sha256) {
    throw new BackupError('RESTORE_MISMATCH', 'The backup file changed while it was being restored: the database is left marked incomplete; restore again into a new, empty database');
  }
  await ensureFactRefs(engine, { force: true });
  await rebuildDerived(engine);
  options.log?.('rebuilt derived squads and links');
  await verifyRestore(engine, checked.counts, meta);
  await engine.write('backup/delete-meta', { keys: [RESTORING_KEY] });
  return checked.counts;
}

/** Compares what the database holds with the file's counts; throws RESTORE_MISMATCH if not. */
async function verifyRestore(engine: GraphEngine, counts: Counts, meta: Map<string, unknown>): Promise<void> {
  const [held = {}] = await engine.read('backup/count-records');
  const found: Record<string, number> = {
    source: Number(held.sources), entity: Number(held.entities), fact: Number(held.facts), 'about-entity': Number(held.aboutEntity),
    'about-fact': Number(held.aboutFact), 'cites-fact': Number(held.citesFact), 'cites-entity': Number(held.citesEntity), audit: Number(held.audits),
  };
  const stored = new Map((meta.size > 0 ? await engine.read('meta/read', { keys: [...meta.keys()] }) : []).map((r) => [String(r.key), r.value]));
  found.meta = [...meta].filter(([k, v]) => stored.has(k) && stored.get(k) === v).length;
  const wrong = RECORD_NAMES.filter((r) => found[r] !== counts[r]);
  if (wrong.length > 0) {
    throw new BackupError(
      'RESTORE_MISMATCH',
      `After writing, the database holds ${wrong.map((r) => `${found[r]} ${r} records (the file: ${counts[r]})`).join(', ')}: it is left marked incomplete; restore again into a new, empty database`,
    );
  }
}

/** True when a restore started on this database and never finished. */
export async function restoreIncomplete(engine: GraphEngine): Promise<boolean> {
  const [row] = await engine.read('meta/read', { keys: [RESTORING_KEY] });
  return typeof row?.value === 'string';
}
