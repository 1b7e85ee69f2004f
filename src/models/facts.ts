// A stored fact as repositories return it: kind, type, dates, kind-specific details and the
// ids it refers to by role.
import type { FactKindName } from '../domain/fact-kinds';
import { parsePartialDate, type PartialDate } from '../domain/partial-date';

export interface FactModel {
  id: string;
  kind: FactKindName;
  type: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  details: Record<string, unknown>;
  confidence: number;
  /** Role → ids, in a stable order. */
  refs: Record<string, string[]>;
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
