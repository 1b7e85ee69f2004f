// Backup as JSON lines: a header, every source, entity, fact, ABOUT and CITES edge, audit entry
// and Meta key in key order with every property (nulls too, so null and [] round-trip), and a
// closing line with the counts and a SHA-256 of the lines between header and end.
// Export reads keyset pages (`WHERE id > $after ORDER BY id LIMIT n`; edges by ranges of their
// holder's keys), so memory stays bounded and time grows linearly with the graph.
// Restore reads the file twice: first it checks all of it (format, the type of every property,
// every referenced id, counts, checksum) and writes nothing if anything is wrong; then it writes
// it into an empty database in columnar batches (the bulk write path, services/write/bulk.ts), rebuilds derived
// squads and links, checks what the database holds against the file's counts, and only then
// removes the marker (Meta `backup:restoring`) that keeps the service and export off the graph.
// Derived squads and links (and the `derived:*` / `schema:*` Meta keys) are not exported.
import { createHash } from 'node:crypto';
import type { GraphEngine, Row } from '../../graph/engine';
import { ensureFactRefs } from '../../graph/fact-refs';
import { rebuildDerived } from '../derived/rebuild';
import { batchStep } from '../write/bulk';
import { checkBackup, type CheckedBackup, type Lines } from './check';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, canonical, DEFAULT_PAGE, RECORD_NAMES, RECORDS, RESTORING_KEY, skippedMeta, SPECS, type Counts, type NodeRecord, type RecordName, type RecordSpec } from './records';

export { checkBackup, type CheckedBackup } from './check';
export { BACKUP_FORMAT, BACKUP_VERSION, BackupError, DEFAULT_PAGE, RECORD_NAMES, RESTORING_KEY, type BackupErrorCode, type Counts } from './records';

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
    await engine.writeAll([batchStep(current.write, batch, current.props)!]);
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
