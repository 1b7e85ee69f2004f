// Where the curated sources and the open datasets part: pairs of a curated fact and a dataset-only
// fact about the same move or spell, found, ordered, counted and paged in the database
// (cypher/disagreements; src/services/disagreements.ts states the comparison and words it).
import type { GraphEngine, Row } from '../graph/engine';
import type { AnyFact } from '../domain/models/facts';
import { decodeKeyset, pageSize, type Keyset, type Page } from '../domain/paging';
import { toFact } from './rows';

export interface DisagreementPair {
  aspect: 'DATE' | 'FEE';
  curated: AnyFact;
  dataset: AnyFact;
  key: Keyset;
}

/** A fact from the columns of a page row that carry one prefix (`c…`, `d…`). */
function factOf(row: Row, prefix: 'c' | 'd'): AnyFact {
  const col = (name: string) => row[`${prefix}${name}`];
  return toFact({ id: col('Id'), kind: col('Kind'), type: col('Type'), startText: col('StartText'), endText: col('EndText'), details: col('Details'), confidence: col('Confidence'), refs: col('Refs') });
}

export class DisagreementRepository {
  constructor(private readonly engine: GraphEngine) {}

  /**
   * One page of pairs, at most `first + 1` (one more tells whether another page follows), and
   * the count of all of them, both in the database, after one row listing what the curated
   * sources state about moves and spells (ids of the curated knowledge: hundreds at most, never
   * the open data), which the pairs are looked for among.
   */
  async page(page: Page): Promise<{ pairs: DisagreementPair[]; size: number; total: number }> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const [row] = await this.engine.read('disagreements/curated');
    // '' stands for "not this one" in the lists (collect() skips nulls on one engine, not the other).
    const list = (v: unknown) => [...new Set(((v as string[] | null) ?? []).filter((id) => id !== ''))].sort();
    const lists = { people: list(row?.people), curated: list(row?.curated), cited: list(row?.cited) };
    const [rows, count] = await Promise.all([
      this.engine.read('disagreements/pairs-page', { ...lists, afterKey: after.key, afterId: after.id, limit: size + 1 }),
      this.engine.read('disagreements/pairs-count', lists),
    ]);
    const pairs = rows.map((r) => ({ aspect: r.aspect as DisagreementPair['aspect'], curated: factOf(r, 'c'), dataset: factOf(r, 'd'), key: { key: String(r.sortKey), id: String(r.id) } }));
    return { pairs, size, total: Number(count[0]?.total ?? 0) };
  }
}
