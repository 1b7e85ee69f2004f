// Read and write forms the embedded engine needs for bulk work, shared by both engines' Cypher:
// facts read back as packed text lines (one row holding them all) and rows written as columns.
import type { FactKindName } from '../domain/facts';
import { parsePartialDate, type PartialDate } from '../domain/partial-date';
import type { FactModel } from '../domain/models/facts';

/**
 * Separator and null marker of the packed lines the fact reads return (see
 * cypher/derived/membership-facts.cypher): control characters, which no id, type or date text
 * holds and JSON text escapes. A line with a field too many or too few is refused.
 */
export const LINE_SEP = '\u001f';
export const LINE_ABSENT = '\u001e';

/**
 * The facts in packed lines, one line per ABOUT edge: id, kind, type, startText, endText, role,
 * entity id and, with `details`, the details JSON last. Sorts `lines` in place, which puts each
 * fact's lines together, and yields one fact at a time, with refs ordered as toFact orders them
 * (role, then id) so that `ref()` picks the same id. Only the details of facts read with them
 * are parsed; confidence is not read.
 */
export function* factsFromLines(lines: string[], details: boolean): Generator<FactModel> {
  const fields = details ? 8 : 7;
  lines.sort();
  // A few hundred distinct date texts across all the facts: each is parsed once (the planner only
  // reads the dates, so facts may share them).
  const dates = new Map<string, PartialDate | null>();
  const date = (text: string) => {
    let d = dates.get(text);
    if (d === undefined) dates.set(text, (d = text === LINE_ABSENT || text === '' ? null : parsePartialDate(text)));
    return d;
  };
  const split = (line: string) => {
    const p = line.split(LINE_SEP);
    if (p.length !== fields) throw new Error(`Unexpected fact line in the derived rebuild (${p.length} fields, ${fields} expected): ${line.slice(0, 200)}`);
    return p;
  };
  for (let i = 0; i < lines.length; ) {
    const p = split(lines[i]!);
    const id = p[0]!;
    const prefix = id + LINE_SEP;
    const pairs: [string, string][] = [[p[5]!, p[6]!]];
    for (i++; i < lines.length && lines[i]!.startsWith(prefix); i++) {
      const q = split(lines[i]!);
      pairs.push([q[5]!, q[6]!]);
    }
    if (pairs.length > 1) pairs.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
    const refs: Record<string, string[]> = {};
    for (const [role, entity] of pairs) (refs[role] ??= []).push(entity);
    const json = details ? p[7]! : LINE_ABSENT;
    yield {
      id,
      kind: p[1] as FactKindName,
      type: p[2] === LINE_ABSENT ? null : p[2]!,
      start: date(p[3]!),
      end: date(p[4]!),
      details: json === LINE_ABSENT || json === '' ? {} : (JSON.parse(json) as Record<string, unknown>),
      confidence: 1,
      refs,
    };
  }
}


export type ColumnType = 'string' | 'strings' | 'number' | 'boolean';
/** The placeholder leading each column: a value of the column's type. */
const WITNESS: Record<ColumnType, unknown> = { string: '', strings: [''], number: 0.5, boolean: false };

/**
 * Rows → one list per property of `spec`, each led by a typed placeholder the Cypher skips: the
 * embedded engine types a column from its values, so a column null in every row of a batch would
 * have none. It also takes columns several times faster than lists of row objects. Missing values
 * are null (an empty list for a list column).
 */
export function toColumns(rows: readonly object[], spec: Readonly<Record<string, ColumnType>>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [key, type] of Object.entries(spec)) {
    const col: unknown[] = new Array(rows.length + 1);
    col[0] = WITNESS[type];
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as Record<string, unknown>)[key];
      col[i + 1] = v === undefined ? (type === 'strings' ? [] : null) : v;
    }
    out[key] = col;
  }
  return out;
}

/** Text columns (see toColumns) of these keys of the rows. */
export function columns<R extends object>(rows: readonly R[], keys: (keyof R & string)[]): Record<string, unknown[]> {
  return toColumns(rows, Object.fromEntries(keys.map((k) => [k, 'string' as const])));
}

/**
 * The rows of a grouped read: one row holding parallel lists (one per column), as the link
 * index's reads return them (reading rows costs the embedded engine ~14 µs each, lists almost
 * nothing: the imported graph's 263k squad LINKs read in 1.3 s, not 4.7 s). collect() skips
 * nulls, which would shift the lists against each other, so the Cypher collects a null string as
 * '' and a null number as -1: both read back as null here.
 */
export function* unpackLists(row: Record<string, unknown>, columns: readonly string[]): Generator<Record<string, string | number | null>> {
  const lists = columns.map((c) => (Array.isArray(row[c]) ? (row[c] as unknown[]) : []));
  const n = lists[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    const out: Record<string, string | number | null> = {};
    columns.forEach((c, j) => {
      const v = lists[j]![i];
      out[c] = typeof v === 'number' ? (v >= 0 ? v : null) : typeof v === 'string' && v !== '' ? v : null;
    });
    yield out;
  }
}
