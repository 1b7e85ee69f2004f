// Coaching trees, computed and paged in the database (cypher/coaching/): a person's mentors and the
// head coaches they assisted, then theirs (`UP`), or their mentees and assistants, then theirs
// (`DOWN`), breadth first to `depth` levels, by depth, then name. A page reads at most `first + 1`
// people, each with every way the tree reaches them at their depth; the way kept is the one a
// breadth-first walk taking each level in the list's order meets first.
import { badUserInput } from '../errors';
import type { GraphEngine, Row } from '../graph/engine';
import type { OperationName } from '../graph/operations';
import { fold } from '../domain/fold';
import type { AnyFact } from '../domain/models/facts';
import type { EntityModel } from '../domain/models/entities';
import type { CoachingTreeEntryModel } from '../domain/models/paths';
import { byKeyset, decodeKeyset, KEY_SEPARATOR, keysetPage, pageSize, type Connection, type Page } from '../domain/paging';
import { byDate } from './fact-repository';
import { countedPage } from './loaders';
import { toEntity, toFact } from './rows';

export const MAX_TREE_DEPTH = 5;

/** One operation per direction and depth: a walk's hop bound cannot be a parameter on either engine. */
const OPS: Record<'UP' | 'DOWN', readonly OperationName[]> = {
  UP: ['coaching/mentor-tree-1-page', 'coaching/mentor-tree-2-page', 'coaching/mentor-tree-3-page', 'coaching/mentor-tree-4-page', 'coaching/mentor-tree-5-page'],
  DOWN: ['coaching/mentee-tree-1-page', 'coaching/mentee-tree-2-page', 'coaching/mentee-tree-3-page', 'coaching/mentee-tree-4-page', 'coaching/mentee-tree-5-page'],
};

interface Way {
  parent: EntityModel;
  fact: AnyFact;
}

/** The list's order of people: folded name, name as written, id (as the page query sorts a level). */
const personKey = (e: EntityModel) => `${fold(e.name)}${KEY_SEPARATOR}${e.name}${KEY_SEPARATOR}${e.id}`;

/**
 * The way a breadth-first walk meets first when it takes each level in the list's order and each
 * person's links as the old walk did: mentorships before assistants' tenures, each in date order.
 */
function firstWay(a: Way, b: Way): number {
  const pa = personKey(a.parent);
  const pb = personKey(b.parent);
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ka = a.fact.kind === 'relation' ? 0 : 1;
  const kb = b.fact.kind === 'relation' ? 0 : 1;
  return ka - kb || byDate(a.fact, b.fact);
}

export class CoachingRepository {
  constructor(private readonly engine: GraphEngine) {}

  /** One page of the tree around a person: `UP` to mentors and the head coaches they assisted, `DOWN` to mentees and assistants. */
  async tree(personId: string, direction: 'UP' | 'DOWN', depth: number, page: Page): Promise<Connection<CoachingTreeEntryModel>> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TREE_DEPTH) throw badUserInput(`depth must be a whole number from 1 to ${MAX_TREE_DEPTH}`, 'depth');
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const { rows, total } = await countedPage(this.engine, OPS[direction][depth - 1]!, { person: personId, sep: KEY_SEPARATOR }, { afterKey: after.key, afterId: after.id }, size + 1);
    const items = rows.flatMap((r) => {
      const node = entry(r);
      return node ? [{ node, key: { key: String(r.sortKey), id: String(r.id) } }] : [];
    });
    // The rows come in keyset order; sorted again so a page never rests on an engine keeping it.
    return keysetPage(items.sort(byKeyset), size, page.after, total);
  }
}

function entry(row: Row): CoachingTreeEntryModel | null {
  const ways = (Array.isArray(row.ways) ? row.ways : []).flatMap((w) => {
    const way = w as { parent?: unknown; fact?: unknown } | null;
    return way?.parent && way.fact ? [{ parent: toEntity(way.parent), fact: toFact(way.fact) }] : [];
  });
  const way = ways.sort(firstWay)[0];
  if (!way) return null;
  return { person: toEntity(row.person), parent: way.parent, depth: Number(row.depth), link: way.fact.kind === 'relation' ? 'MENTORSHIP' : 'ASSISTANT', fact: way.fact };
}
