// A stored fact as repositories return it: kind, type, dates, kind-specific details and the
// ids it refers to by role.
import type { FactKindName, FactOf, KindOfTypename, StoredFact } from '../facts';
import { parsePartialDate, type PartialDate } from '../partial-date';

/** A stored fact of any kind, its details untyped: what code that handles every kind takes. */
export type FactModel = StoredFact<FactKindName>;
/** A stored fact as read: one of the kinds' typed models (rows.ts parses details by the kind's contract). */
export type AnyFact = FactOf<FactKindName>;
export type { FactOf };

/**
 * The model behind a GraphQL type (codegen's default mapper): a `Fact` implementation is its
 * kind's typed model, any other type stays as generated.
 */
export type ModelOf<T> = T extends { __typename?: infer N } ? (N extends keyof KindOfTypename ? FactOf<KindOfTypename[N]> : T) : T;

/** Whether a fact is of one kind: narrows it to that kind's typed model. */
export function isKind<K extends FactKindName>(f: FactModel, ...kinds: K[]): f is FactOf<K> & FactModel {
  return (kinds as string[]).includes(f.kind);
}

/** The fact as its kind's model; a fact of another kind is a defect (a query returned the wrong kind). */
export function asKind<K extends FactKindName>(f: FactModel, kind: K): FactOf<K> {
  if (!isKind(f, kind)) throw new Error(`Fact ${f.id} is a ${f.kind}, not a ${kind}`);
  return f;
}

/** The facts of the given kinds, typed. */
export function ofKind<K extends FactKindName>(facts: readonly FactModel[], ...kinds: K[]): FactOf<K>[] {
  return facts.filter((f): f is FactOf<K> & FactModel => isKind(f, ...kinds));
}

/** First id in a role, or null. */
export function ref(f: FactModel, role: string): string | null {
  return f.refs[role]?.[0] ?? null;
}

export function refsOf(f: FactModel, role: string): string[] {
  return f.refs[role] ?? [];
}

export function detail<T>(f: FactModel, key: string): T | null {
  const v = f.details[key];
  return v === undefined ? null : (v as T);
}

/** A partial date kept in the details (validated on write), or null. */
export function detailDate(f: FactModel, key: string): PartialDate | null {
  const v = f.details[key];
  return typeof v === 'string' ? parsePartialDate(v) : null;
}
