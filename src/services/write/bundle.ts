// The small write strategy: a validated knowledge bundle (seeding, an edit) stored as upserts in
// one transaction. Imports and restores write in columnar batches instead (bulk.ts); both build
// their rows with rows.ts.
import { createHash } from 'node:crypto';
import type { GraphEngine, WriteStep } from '../../graph/engine';
import { factRefs } from '../../domain/refs';
import type { KnowledgeBundle } from '../../domain/types';
import { validateBundle, type KnownIds, type ParsedBundle } from '../../domain/validation';
import { aboutRowsByTarget, citationRow, entityRow, factRow, sourceRow, uniqueCitations } from './rows';

// Editing and the tests take the checks from here, with the steps.

/** The write steps that store a validated bundle. */
export function bundleSteps(b: ParsedBundle, now = new Date().toISOString()): WriteStep[] {
  const about = aboutRowsByTarget(b.facts);
  const link = (rows: typeof about.entity) => rows.map(({ fact, target, role }) => ({ fact, target, role }));
  return [
    { op: 'sources/upsert', params: { rows: b.sources.map((s) => sourceRow(s, now)) } },
    { op: 'entities/upsert', params: { rows: b.entities.map((e) => entityRow(e, now)) } },
    { op: 'facts/upsert', params: { rows: b.facts.map((f) => factRow(f, now)) } },
    { op: 'facts/link-about-entity', params: { rows: link(about.entity) } },
    { op: 'facts/link-about-fact', params: { rows: link(about.fact) } },
    { op: 'facts/set-refs', params: { rows: b.facts.map((f) => ({ id: f.id, ...factRefs(f) })) } },
    { op: 'facts/cite', params: { rows: uniqueCitations(b.facts.flatMap((f) => f.sources.map((c) => citationRow(f.id, c)))) } },
    { op: 'entities/cite', params: { rows: uniqueCitations(b.entities.flatMap((e) => e.sources.map((c) => citationRow(e.id, c)))) } },
  ];
}

export function bundleHash(bundle: KnowledgeBundle): string {
  return createHash('sha256').update(JSON.stringify(bundle)).digest('hex').slice(0, 16);
}

/** Validates and stores a bundle in one transaction. */
export async function writeBundle(engine: GraphEngine, bundle: KnowledgeBundle, known?: KnownIds): Promise<void> {
  const parsed = validateBundle(bundle, known);
  await engine.writeAll(bundleSteps(parsed));
}
