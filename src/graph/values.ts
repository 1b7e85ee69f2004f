// Conversions at the engine boundary: parameters are normalised before they reach an engine,
// results are turned into plain JS before they leave it.
import { EngineError, type PlainValue } from './engine';

const INTERNAL_KEYS = new Set(['_id', '_label', '_src', '_dst']);

/** Converts a value returned by either engine into plain JS. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) {
    const out: Record<string, PlainValue> = {};
    for (const [k, v] of value) out[String(k)] = toPlain(v);
    return out;
  }
  const obj = value as Record<string, unknown> & { toNumber?: () => number; toString?: () => string };
  // neo4j-driver Integer
  if (typeof obj.toNumber === 'function' && 'low' in obj && 'high' in obj) return obj.toNumber();
  // neo4j-driver temporal types (Date, DateTime, …) print as ISO strings
  if (isNeo4jTemporal(obj)) return String(obj);
  // neo4j-driver Node / Relationship: keep properties only
  if ('properties' in obj && ('labels' in obj || 'type' in obj) && typeof obj.properties === 'object') {
    return toPlain(obj.properties);
  }
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (INTERNAL_KEYS.has(k)) continue;
    out[k] = toPlain(v);
  }
  return out;
}

function isNeo4jTemporal(obj: object): boolean {
  const ctor = obj.constructor?.name;
  return ctor === 'Date' || ctor === 'DateTime' || ctor === 'LocalDateTime' || ctor === 'LocalTime' || ctor === 'Time' || ctor === 'Duration';
}

/**
 * Makes every list of row objects in `params` regular: the same keys in the same order in every
 * row, missing keys filled with null, no `undefined`. Values of one column must share a type;
 * whole and fractional numbers may mix (see splitBatches).
 */
export function normaliseParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = normaliseValue(value, key);
  }
  return out;
}

/**
 * The embedded engine types a batch by its rows and refuses a column holding both 7 and 7.5.
 * This splits `rows` into sub-batches whose numeric columns are each all-whole or all-fractional;
 * batch operations treat rows independently, so running the sub-batches one after the other is
 * the same write.
 */
export function splitBatches(params: Record<string, unknown>): Record<string, unknown>[] {
  const rows = params.rows;
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every(isPlainObject)) return [params];
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows as Record<string, unknown>[]) {
    let signature = '';
    for (const v of Object.values(row)) signature += typeof v === 'number' ? (Number.isInteger(v) ? 'i' : 'f') : '-';
    let g = groups.get(signature);
    if (!g) groups.set(signature, (g = []));
    g.push(row);
  }
  if (groups.size === 1) return [params];
  return [...groups.values()].map((g) => ({ ...params, rows: g }));
}

function normaliseValue(value: unknown, path: string): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) {
    throw new EngineError(`Parameter ${path} is a JS Date; pass dates as 'YYYY-MM-DD' strings`, 'INVALID_PARAMS');
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new EngineError(`Parameter ${path} is not a finite number`, 'INVALID_PARAMS');
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => isPlainObject(v))) return normaliseRows(value as Record<string, unknown>[], path);
    return value.map((v, i) => normaliseValue(v, `${path}[${i}]`));
  }
  if (isPlainObject(value)) {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) o[k] = normaliseValue(v, `${path}.${k}`);
    return o;
  }
  return value;
}

type ColumnKind = 'number' | 'string' | 'boolean' | 'list' | 'object' | null;

function kindOf(v: unknown): ColumnKind {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return 'list';
  const t = typeof v;
  return t === 'number' || t === 'string' || t === 'boolean' ? t : 'object';
}

function normaliseRows(rows: Record<string, unknown>[], path: string): Record<string, unknown>[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  keys.sort();
  const columns = new Map<string, ColumnKind>(keys.map((k) => [k, null]));
  for (const row of rows) {
    for (const k of keys) {
      const kind = kindOf(row[k]);
      if (kind === null) continue;
      const col = columns.get(k);
      if (col === null) columns.set(k, kind);
      else if (col !== kind) throw new EngineError(`Rows of ${path} mix types in "${k}" (${col} and ${kind})`, 'INVALID_PARAMS');
    }
  }
  return rows.map((row, i) => {
    const o: Record<string, unknown> = {};
    for (const k of keys) o[k] = normaliseValue(row[k], `${path}[${i}].${k}`);
    return o;
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** True when a parameter named `rows` (a batch) is empty: engines must not be called with it. */
export function isEmptyBatch(params: Record<string, unknown> | undefined): boolean {
  return !!params && Array.isArray(params.rows) && params.rows.length === 0;
}
