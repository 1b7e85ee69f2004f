// Checks editing input before anything reaches the database: lengths, characters, dates,
// confidence, id shapes, list sizes. Each failure is BAD_USER_INPUT naming the input field.
import { badUserInput } from '../../errors';
import { fold } from '../../domain/fold';
import { isWellFormedId, prefixOf, STORED_ID, type IdPrefix } from '../../domain/ids';
import { parsePartialDate, PartialDateError } from '../../domain/partial-date';
import type { Citation } from '../../domain/types';

export const MAX = {
  name: 200,
  text: 2000,
  detail: 500,
  reason: 1000,
  url: 2000,
  code: 16,
  listItems: 50,
  sources: 20,
  participants: 20,
  order: 1000,
} as const;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ANY_CONTROL = /[\u0000-\u001F\u007F]/;
/** Bidirectional controls (embeddings, overrides, isolates, marks) can make text read other than it is stored. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether an id is well formed for an input field. */
export type IdShape = (id: string) => boolean;

/** A stored id (src/domain/ids.ts) of its sort, with one of `prefixes` when given. */
export const storedId =
  (sort: keyof typeof STORED_ID, ...prefixes: IdPrefix[]): IdShape =>
  (id) =>
    STORED_ID[sort].test(id) && (prefixes.length === 0 || (prefixes as string[]).includes(prefixOf(id)));

export const FACT_ID = storedId('fact');
export const SOURCE_ID = storedId('source');
/** Any id a client may name (the audit trail's subject). */
export const ANY_ID: IdShape = (id) => isWellFormedId(id);

export interface CitationInputLike {
  source: string;
  detail?: string | null;
  teaser?: boolean | null;
  confidence?: number | null;
}

/** `null` clears, `undefined` keeps: GraphQL input fields that were omitted are undefined. */
export type Patch<T> = T | null | undefined;

export class InputChecker {
  constructor(private readonly prefix = 'input') {}

  field(name: string): string {
    return `${this.prefix}.${name}`;
  }

  fail(name: string, message: string): never {
    const field = this.field(name);
    throw badUserInput(`${field}: ${message}`, field);
  }

  /** A free-text value: trimmed, bounded, no control characters (newlines only in long text). */
  text(name: string, value: string, max: number): string {
    if (typeof value !== 'string') this.fail(name, 'must be a string');
    const v = value.trim();
    if (v.length > max) this.fail(name, `must be at most ${max} characters (got ${v.length})`);
    // Long text may hold line breaks and tabs; names and short values hold none.
    if ((max > MAX.name ? CONTROL : ANY_CONTROL).test(v)) this.fail(name, 'must not contain control characters');
    if (BIDI_CONTROL.test(v)) this.fail(name, 'must not contain bidirectional control characters (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C)');
    if (LONE_SURROGATE.test(v)) this.fail(name, 'must be valid Unicode text');
    return v;
  }

  required(name: string, value: string, max: number): string {
    const v = this.text(name, value, max);
    if (v.length === 0) this.fail(name, 'must not be empty');
    return v;
  }

  /** An optional text: undefined keeps, null or empty clears. */
  optional(name: string, value: Patch<string>, max: number): Patch<string> {
    if (value === undefined || value === null) return value;
    const v = this.text(name, value, max);
    return v.length === 0 ? null : v;
  }

  list(name: string, values: Patch<readonly string[]>, max: number = MAX.name): string[] | undefined {
    if (values === undefined) return undefined;
    if (values === null) return [];
    if (values.length > MAX.listItems) this.fail(name, `must have at most ${MAX.listItems} items (got ${values.length})`);
    const out: string[] = [];
    values.forEach((v, i) => {
      const t = this.required(`${name}[${i}]`, v, max);
      if (!out.includes(t)) out.push(t);
    });
    return out;
  }

  /** A partial date, returned in canonical form; its precision comes from the form written. */
  date(name: string, value: Patch<string>): Patch<string> {
    if (value === undefined || value === null) return value;
    const v = this.text(name, value, 40);
    if (v === '') return null;
    try {
      return parsePartialDate(v).text;
    } catch (err) {
      this.fail(name, err instanceof PartialDateError ? err.message : 'not a date');
    }
  }

  /** Start no later than end, comparing the earliest start with the latest end. */
  period(start: string | null | undefined, end: string | null | undefined): void {
    if (start && end && parsePartialDate(start).lo > parsePartialDate(end).hi) this.fail('end', `must not be before the start (${start} → ${end})`);
  }

  int(name: string, value: Patch<number>, min: number, max: number): Patch<number> {
    if (value === undefined || value === null) return value;
    if (!Number.isInteger(value) || value < min || value > max) this.fail(name, `must be a whole number from ${min} to ${max}`);
    return value;
  }

  id(name: string, value: string, shape: IdShape, example: string): string {
    if (typeof value !== 'string' || !shape(value)) this.fail(name, `malformed id "${String(value).slice(0, 80)}": expected ${example}`);
    return value;
  }

  optionalId(name: string, value: Patch<string>, shape: IdShape, example: string): Patch<string> {
    if (value === undefined || value === null) return value;
    return this.id(name, value, shape, example);
  }

  code(name: string, value: Patch<string>, pattern: RegExp, example: string): Patch<string> {
    if (value === undefined || value === null) return value;
    const v = this.text(name, value, MAX.code);
    if (v === '') return null;
    if (!pattern.test(v)) this.fail(name, `expected ${example}`);
    return v;
  }

  url(name: string, value: Patch<string>): Patch<string> {
    const v = this.optional(name, value, MAX.url);
    if (v && !/^https?:\/\/[^\s]+$/i.test(v)) this.fail(name, 'must be an http(s) URL');
    return v;
  }

  /** Citations: at least one (when given), each of a well-formed source id, bounded. */
  citations(name: string, values: readonly CitationInputLike[]): Citation[] {
    if (values.length === 0) this.fail(name, 'at least one source is required');
    if (values.length > MAX.sources) this.fail(name, `at most ${MAX.sources} sources`);
    const seen = new Set<string>();
    const out: Citation[] = [];
    values.forEach((c, i) => {
      const at = `${name}[${i}]`;
      const source = this.id(`${at}.source`, c.source, SOURCE_ID, 'a source id such as article:002_71773532a5f1564e');
      const detail = this.optional(`${at}.detail`, c.detail, MAX.detail) ?? undefined;
      if (c.confidence !== undefined && c.confidence !== null && !(Number.isFinite(c.confidence) && c.confidence >= 0 && c.confidence <= 1)) {
        this.fail(`${at}.confidence`, 'must be from 0 to 1');
      }
      const key = `${source}\u0000${detail ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        source,
        ...(detail ? { detail } : {}),
        ...(c.teaser ? { teaser: true } : {}),
        ...(typeof c.confidence === 'number' ? { confidence: c.confidence } : {}),
      });
    });
    return out;
  }
}

/** `person:` + the folded name with hyphens: `Kevin De Bruyne` → `person:kevin-de-bruyne`. */
export function idFromName(prefix: 'person' | 'club', name: string): string | null {
  const slug = fold(name).replace(/\s+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 100);
  return slug ? `${prefix}:${slug}` : null;
}

/** The key part of an id, for building fact ids: `person:steven-defour` → `steven-defour`. */
export function keyOf(id: string): string {
  return id.slice(id.indexOf(':') + 1).toLowerCase().replace(/[^a-z0-9\-.]/g, '-');
}

/** Applies a patch: undefined keeps the current value, null clears it. */
export function patched<T>(current: T | undefined, patch: Patch<T>): T | undefined {
  if (patch === undefined) return current;
  return patch === null ? undefined : patch;
}
