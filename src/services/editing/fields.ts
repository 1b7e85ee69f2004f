// Input fields as rules: how each field of an editing input is checked, and which record key it
// fills. A create and a correction read the same table: a create applies it to an empty record,
// a correction to the current one (undefined keeps a value, null clears it).
import { InputChecker, MAX, patched, type Patch } from './inputs';

export interface FieldRule {
  /** The checked value: undefined keeps, null clears. */
  check(c: InputChecker, field: string, value: never): Patch<unknown>;
  /** The record key it fills (the field's own name when absent). */
  key?: string;
  /** What an absent value leaves in a new record (lists: empty). */
  empty?: unknown;
}

/** An input's fields by name, in the order they are checked. */
export type FieldRules<I> = { [F in keyof I]?: FieldRule };

const rule = <V>(check: (c: InputChecker, field: string, value: Patch<V>) => Patch<unknown>, empty?: unknown): FieldRule => ({ check: check as FieldRule['check'], empty });

/** A name: required when given; null is refused as empty. */
export const name = rule<string>((c, f, v) => (v === undefined ? undefined : c.required(f, v ?? '', MAX.name)));
/** An optional text of at most `max` characters. */
export const text = (max: number = MAX.name) => rule<string>((c, f, v) => c.optional(f, v, max));
export const list = rule<readonly string[]>((c, f, v) => c.list(f, v), []);
export const date = rule<string>((c, f, v) => c.date(f, v));
export const url = rule<string>((c, f, v) => c.url(f, v));
export const int = (min: number, max: number) => rule<number>((c, f, v) => c.int(f, v, min, max));
/** A value GraphQL has checked already (an enum). */
export const given = rule<unknown>((_c, _f, v) => v);
export const language = rule<string>((c, f, v) => c.code(f, v, /^[a-z]{2}$/, 'an ISO 639-1 code such as nl'));
export const country = rule<string>((c, f, v) => countryCode(c, f, v));
export const countries = rule<readonly string[]>((c, f, v) => c.list(f, v, MAX.code)?.map((n, i) => countryCode(c, `${f}[${i}]`, n)), []);

/** The same rule, filling another record key (`birthDate` → `birth`). */
export const as = (key: string, r: FieldRule): FieldRule => ({ ...r, key });

function countryCode<T extends Patch<string>>(c: InputChecker, field: string, value: T): T {
  return c.code(field, value, /^[A-Z]{2,3}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code such as BE or GB-ENG') as T;
}

/** Each field checked, by record key: undefined where the input leaves it, null where it clears it. */
export function checkFields<I extends object>(c: InputChecker, rules: FieldRules<I>, input: I): Record<string, Patch<unknown>> {
  const out: Record<string, Patch<unknown>> = {};
  for (const [field, r] of Object.entries(rules) as [string, FieldRule][]) {
    out[r.key ?? field] = r.check(c, field, (input as Record<string, unknown>)[field] as never);
  }
  return out;
}

/** The record with the input's fields applied (to `{}` for a new one). */
export function applyFields<I extends object, R extends object>(c: InputChecker, rules: FieldRules<I>, input: I, record: Partial<R>): R {
  const out: Record<string, unknown> = { ...record };
  const checked = checkFields(c, rules, input);
  for (const [field, r] of Object.entries(rules) as [string, FieldRule][]) {
    const key = r.key ?? field;
    out[key] = patched(out[key], checked[key]) ?? r.empty;
  }
  return out as R;
}
