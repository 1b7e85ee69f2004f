// Graphs made before facts carried a copy of their refs (Fact.refs, ABOUT.kind; see
// cypher/schema/migrate.ladybug.cypher) get them once, a page of facts per transaction, right
// after the schema migration. A Meta key records that it is done, so later start-ups cost one
// key lookup (the key is schema state: a backup leaves it out, and a restore may go into a graph
// holding nothing else). A restore writes facts without the copy and calls this with `force`.
import { refsText } from '../domain/refs';
import type { GraphEngine } from './engine';

/** Meta key set once every fact carries its refs. */
export const FACT_REFS_KEY = 'schema:fact-refs-json';
const PAGE = 5000;

/** Copies refs onto facts that lack them; returns how many facts it updated. */
export async function ensureFactRefs(engine: GraphEngine, options: { force?: boolean; log?: (msg: string, data: Record<string, unknown>) => void } = {}): Promise<number> {
  if (!options.force) {
    const [row] = await engine.read('meta/read', { keys: [FACT_REFS_KEY] });
    if (typeof row?.value === 'string') return 0;
  }
  const started = Date.now();
  let done = 0;
  for (;;) {
    const ids = (await engine.read('facts/without-refs', { limit: PAGE })).map((r) => String(r.id));
    if (ids.length === 0) break;
    const refs = new Map((await engine.read('facts/refs', { ids })).map((r) => [String(r.id), r]));
    // A fact about nothing gets empty lists (and is not asked about again).
    const rows = ids.map((id) => {
      const r = refs.get(id);
      const roles = (r?.refRoles as string[] | undefined) ?? [];
      const targets = (r?.refIds as string[] | undefined) ?? [];
      return { id, refs: refsText(roles.map((role, i) => [role, targets[i]!])) };
    });
    await engine.writeAll([
      { op: 'facts/set-refs', params: { rows } },
      { op: 'facts/set-about-kinds', params: { ids } },
    ]);
    done += ids.length;
    if (done === ids.length && ids.length === PAGE) options.log?.('copying refs onto facts (once, for a graph made before they were kept)', { facts: done });
  }
  await engine.write('meta/set', { rows: [{ key: FACT_REFS_KEY, value: new Date().toISOString() }] });
  if (done > 0) options.log?.('facts carry their refs', { facts: done, ms: Date.now() - started });
  return done;
}
