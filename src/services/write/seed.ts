// Seeds the graph with the curated knowledge. Idempotent: the bundle's hash is kept in a Meta
// node, so a start with unchanged knowledge writes nothing. When the curated knowledge changes,
// seeding again keeps what others added to curated facts since: the details an import merged in
// (a fee, a market value, a transfer window, on keys the curated fact does not set) and a status
// an editor gave (a retracted curated fact stays retracted).
import type { GraphEngine, WriteStep } from '../../graph/engine';
import { withDatabaseLock } from '../../graph/locks';
import { curatedKnowledge } from '../../knowledge';
import { rebuildDerived } from '../derived/rebuild';
import type { FactSeed, KnowledgeBundle } from '../../domain/types';
import { validateBundle } from '../../domain/validation';
import { bundleHash, bundleSteps } from './bundle';

const SEED_KEY = 'seed:curated';

export interface SeedResult {
  seeded: boolean;
  hash: string;
}

function parseDetails(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The curated bundle as it should be written over the graph's current facts, and the statuses
 * to put back: stored detail keys the curated fact does not set are kept.
 */
export async function reseedPlan(engine: GraphEngine, bundle: KnowledgeBundle): Promise<{ bundle: KnowledgeBundle; statuses: { id: string; status: string }[] }> {
  const ids = bundle.facts.map((f) => f.id);
  const state = new Map((await engine.read('facts/state', { ids })).map((r) => [String(r.key), r]));
  const statuses: { id: string; status: string }[] = [];
  const facts = bundle.facts.map((f): FactSeed => {
    const s = state.get(f.id);
    if (!s) return f;
    if (typeof s.status === 'string' && s.status !== 'ACTIVE') statuses.push({ id: f.id, status: s.status });
    const stored = parseDetails(s.details);
    const own = (f.details ?? {}) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(stored).filter(([k]) => !(k in own)));
    return Object.keys(kept).length === 0 ? f : { ...f, details: { ...own, ...kept } as FactSeed['details'] };
  });
  return { bundle: { ...bundle, facts }, statuses };
}

export async function seedCurated(engine: GraphEngine): Promise<SeedResult> {
  const hash = bundleHash(curatedKnowledge);
  const [seen] = await engine.read('meta/read', { keys: [SEED_KEY] });
  if (seen?.value === hash) return { seeded: false, hash };
  // Several processes starting on one database seed one after the other; later ones find it done.
  return withDatabaseLock(engine, 'seed', () => seedUnlocked(engine, hash), { ttlMs: 30_000, waitMs: 10 * 60_000 });
}

async function seedUnlocked(engine: GraphEngine, hash: string): Promise<SeedResult> {
  const [row] = await engine.read('meta/read', { keys: [SEED_KEY] });
  if (row?.value === hash) return { seeded: false, hash };
  const plan = await reseedPlan(engine, curatedKnowledge);
  const now = new Date().toISOString();
  const steps: WriteStep[] = [...bundleSteps(validateBundle(plan.bundle), now)];
  if (plan.statuses.length > 0) steps.push({ op: 'facts/set-status', params: { rows: plan.statuses.map((s) => ({ ...s, updatedAt: now })) } });
  await engine.writeAll(steps);
  await rebuildDerived(engine);
  await engine.write('meta/set', { rows: [{ key: SEED_KEY, value: hash }] });
  return { seeded: true, hash };
}
