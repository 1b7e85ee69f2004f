// Coaching trees, computed and paged in the database (cypher/coaching/): a person's mentors and the
// head coaches they assisted, then theirs (`UP`), or their mentees and assistants, then theirs
// (`DOWN`), breadth first to `depth` levels, by depth, then name. A page reads at most `first + 1`
// people (`*-tree-N-page`), then the facts by which the tree reaches each of them at their depth
// (`*-tree-N-ways`, one row per person, with the person one level nearer who enters each fact): the
// way kept is the one a breadth-first walk, taking each level in the list's order, meets first.
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

type Direction = 'UP' | 'DOWN';

const ops = (name: string, kind: string) => [1, 2, 3, 4, 5].map((d) => `coaching/${name}-tree-${d}-${kind}` as OperationName);
/** One operation per direction and depth: a walk's hop bound cannot be a parameter on either engine. */
const PAGES: Record<Direction, OperationName[]> = { UP: ops('mentor', 'page'), DOWN: ops('mentee', 'page') };
const WAYS: Record<Direction, OperationName[]> = { UP: ops('mentor', 'ways'), DOWN: ops('mentee', 'ways') };
/** The list's order of people: folded name, name as written, id (as the page query sorts a level). */
const personKey = (e: EntityModel) => `${fold(e.name)}${KEY_SEPARATOR}${e.name}${KEY_SEPARATOR}${e.id}`;

interface Way {
  parent: EntityModel;
  fact: AnyFact;
}

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
  async tree(personId: string, direction: Direction, depth: number, page: Page): Promise<Connection<CoachingTreeEntryModel>> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TREE_DEPTH) throw badUserInput(`depth must be a whole number from 1 to ${MAX_TREE_DEPTH}`, 'depth');
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const { rows, total } = await countedPage(this.engine, PAGES[direction][depth - 1]!, { person: personId, sep: KEY_SEPARATOR }, { afterKey: after.key, afterId: after.id }, size + 1);
    // The rows come in keyset order; sorted again so a page never rests on an engine keeping it.
    const onPage = rows
      .map((r) => ({ row: r, key: { key: String(r.sortKey), id: String(r.id) } }))
      .sort(byKeyset)
      .slice(0, size);
    const ways = await this.waysInto(personId, direction, onPage.map((x) => x.row));
    const items = onPage.flatMap(({ row, key }) => {
      const way = ways.get(key.id)?.sort(firstWay)[0];
      if (!way) return [];
      const node: CoachingTreeEntryModel = { person: toEntity(row.person), parent: way.parent, depth: Number(row.depth), link: way.fact.kind === 'relation' ? 'MENTORSHIP' : 'ASSISTANT', fact: way.fact };
      return [{ node, key }];
    });
    const connection = keysetPage(items, size, page.after, total);
    // The row past the page (read only to tell whether another page follows) has no ways read.
    connection.pageInfo.hasNextPage = rows.length > size;
    return connection;
  }

  /** Every way the tree reaches each person of a page at their depth: the fact, and the person one level nearer who enters it. */
  private async waysInto(personId: string, direction: Direction, people: Row[]): Promise<Map<string, Way[]>> {
    if (people.length === 0) return new Map();
    const deepest = Math.max(...people.map((r) => Number(r.depth)));
    const rows = await this.engine.read(WAYS[direction][deepest - 1]!, { person: personId, ids: people.map((r) => String(r.id)) });
    return new Map(
      rows.map((r) => [
        String(r.id),
        (Array.isArray(r.ways) ? r.ways : []).flatMap((w) => {
          const way = w as { fact?: unknown; parent?: unknown } | null;
          return way?.fact && way.parent ? [{ fact: toFact(way.fact), parent: toEntity(way.parent) }] : [];
        }),
      ]),
    );
  }
}
