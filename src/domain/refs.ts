// A fact's refs as rows: one ABOUT per (role, target), and the copy the fact carries
// (Fact.refs, JSON [[role, id], …]; see cypher/schema/migrate.ladybug.cypher).
import type { FactSeed } from './types';

type RefHolder = Pick<FactSeed, 'id' | 'kind' | 'refs'>;

/** One row per ref (role, target), with the fact's kind, as the ABOUTs are written. */
export function aboutRows(facts: readonly RefHolder[]): { fact: string; target: string; role: string; kind: string }[] {
  return facts.flatMap((f) => Object.entries(f.refs).flatMap(([role, t]) => (Array.isArray(t) ? t : [t]).map((target) => ({ fact: f.id, target, role, kind: f.kind }))));
}

/** The copy of a fact's refs it is written with (Fact.refs): JSON [[role, id], …]. */
export function factRefs(f: RefHolder): { refs: string } {
  return { refs: refsText(aboutRows([f]).map((r) => [r.role, r.target])) };
}

/** Fact.refs for these (role, id) pairs. */
export function refsText(pairs: [string, string][]): string {
  return JSON.stringify(pairs);
}
