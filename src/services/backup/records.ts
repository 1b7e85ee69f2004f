// The records of a backup file (format version 2): each kind with every property it holds and
// its type (the stored columns of services/write/rows.ts for sources, entities and facts), in file
// order; how a record is checked, and written out in stable bytes.
import type { Row } from '../../graph/engine';
import type { OperationName } from '../../graph/operations';
import type { ColumnType } from '../../graph/packed';
import { CITATION_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS } from '../write/rows';

export const BACKUP_FORMAT = 'belgian-football-graph';
/** 2: every property written (nulls included), a checksum in the closing line. */
export const BACKUP_VERSION = 2;
/** Set while a restore is writing; the service and export refuse such a database. */
export const RESTORING_KEY = 'backup:restoring';

/** Records a page of export reads, and rows a restore batch writes. */
export const DEFAULT_PAGE = 5000;

export type NodeRecord = 'source' | 'entity' | 'fact' | 'audit' | 'meta';

export interface RecordSpec {
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
export const RECORDS = [
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

export type RecordName = (typeof RECORDS)[number]['record'];
export type Counts = Record<RecordName, number>;
export const RECORD_NAMES: readonly RecordName[] = RECORDS.map((r) => r.record);
export const SPECS = new Map<string, RecordSpec>(RECORDS.map((r) => [r.record, r]));

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
export function skippedMeta(key: unknown): boolean {
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
export function checkData(spec: RecordSpec, data: Record<string, unknown>): string | null {
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

export function describe(spec: RecordSpec, data: Record<string, unknown>): string {
  return `${spec.record} ${spec.key.map((k) => (typeof data[k] === 'string' ? data[k] : '?')).join(' → ')}`;
}

/** Every property of the record's kind in name order, missing ones as null: stable bytes. */
export function canonical(spec: RecordSpec, value: Row): Record<string, unknown> {
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
