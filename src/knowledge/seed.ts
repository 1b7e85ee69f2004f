// Seeds the graph with the curated knowledge. Idempotent: the bundle's hash is kept in a Meta
// node, so a start with unchanged knowledge writes nothing.
import type { GraphEngine } from '../graph/engine';
import { curatedKnowledge } from './curated';
import { rebuildDerived } from './derived';
import { bundleHash, writeBundle } from './write';

const SEED_KEY = 'seed:curated';

export interface SeedResult {
  seeded: boolean;
  hash: string;
}

export async function seedCurated(engine: GraphEngine): Promise<SeedResult> {
  const hash = bundleHash(curatedKnowledge);
  const [row] = await engine.read('read/meta', { keys: [SEED_KEY] });
  if (row?.value === hash) return { seeded: false, hash };
  await writeBundle(engine, curatedKnowledge);
  await rebuildDerived(engine);
  await engine.write('write/set-meta', { rows: [{ key: SEED_KEY, value: hash }] });
  return { seeded: true, hash };
}
