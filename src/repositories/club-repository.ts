// A club's long lists, paged in the database: its playing spells, its matches (by season,
// opponent and days), its transfers in or out (by season) and the people who played for it and
// another club. Each page is
// one ORDER BY … LIMIT query after a keyset cursor (the last row's sort key), and totalCount is a
// count query with the same filters: a club with 900 matches or 5,000 transfers is never read
// whole to show 20 of them.
import type { GraphEngine } from '../graph/engine';
import type { OperationName } from '../graph/operations';
import type { FactModel } from '../models/facts';
import { badUserInput } from '../errors';
import type { Connection } from '../domain/paging';
import { pageSize } from '../domain/paging';
import { toFact } from './rows';

/** A person who played for two clubs, with the spells at each (date order). */
export interface SharedPlayerModel {
  personId: string;
  spells: FactModel[];
  otherSpells: FactModel[];
}

export interface DayRange {
  lo: string;
  hi: string;
}

export const ALL_DAYS: DayRange = { lo: '0000-01-01', hi: '9999-12-31' };

export interface Page {
  first?: number | null;
  after?: string | null;
}

interface Keyset {
  key: string;
  id: string;
}

const encode = (k: Keyset) => Buffer.from(`k:${k.key}\u0000${k.id}`, 'utf8').toString('base64url');

function decode(cursor: string | null | undefined): Keyset {
  if (!cursor) return { key: '', id: '' };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = text.match(/^k:([^\u0000]{0,300})\u0000([^\u0000]{1,300})$/);
  if (!m) throw badUserInput('Invalid cursor: pass an endCursor from a previous page of this list', 'after');
  return { key: m[1]!, id: m[2]! };
}

/** A page from rows read one past the page size (so `hasNextPage` needs no second query). */
function toPage<T>(rows: { node: T; key: Keyset }[], size: number, after: string | null | undefined, total: number): Connection<T> {
  const edges = rows.slice(0, size).map((r) => ({ node: r.node, cursor: encode(r.key) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: total,
  };
}

/** The tighter of two day ranges (empty when they do not meet: lo > hi). */
export function intersect(a: DayRange, b: DayRange): DayRange {
  return { lo: a.lo > b.lo ? a.lo : b.lo, hi: a.hi < b.hi ? a.hi : b.hi };
}

export class ClubRepository {
  constructor(private readonly engine: GraphEngine) {}

  /** Matches of the club in date order (then id), within `days`, against `opponent` when given. */
  async matches(club: string, filter: { days: DayRange; opponent: string | null }, page: Page): Promise<Connection<FactModel>> {
    const params = { club, lo: filter.days.lo, hi: filter.days.hi, opponent: filter.opponent ?? '' };
    return this.page('clubs/matches-page', 'clubs/matches-count', params, page, factRow);
  }

  /** Transfers where the club is the buyer (`IN`), the seller (`OUT`) or either, in date order. */
  async transfers(club: string, filter: { days: DayRange; direction: 'IN' | 'OUT' | null }, page: Page): Promise<Connection<FactModel>> {
    const roles = filter.direction === 'IN' ? ['to'] : filter.direction === 'OUT' ? ['from'] : ['from', 'to'];
    const params = { club, lo: filter.days.lo, hi: filter.days.hi, roles };
    return this.page('clubs/transfers-page', 'clubs/transfers-count', params, page, factRow);
  }

  /** Playing spells at the club by start (undated last), then id: thousands at a big club, read a page at a time. */
  players(club: string, page: Page): Promise<Connection<FactModel>> {
    return this.page('clubs/players-page', 'clubs/players-count', { club }, page, factRow);
  }

  /** Ids of the people with a playing spell at both clubs, by name. */
  async sharedPlayers(club: string, other: string, page: Page): Promise<Connection<string>> {
    const after = decode(page.after);
    const size = pageSize(page.first);
    const [rows, [count]] = await Promise.all([
      this.engine.read('clubs/shared-players-page', { club, other, afterName: after.key, afterId: after.id, limit: size + 1 }),
      this.engine.read('clubs/shared-players-count', { club, other }),
    ]);
    const list = rows.map((r) => ({ node: String(r.id), key: { key: String(r.name ?? ''), id: String(r.id) } }));
    return toPage(list, size, page.after, Number(count?.total ?? 0));
  }

  /** Every match of the club within `days`, in date order, read page by page (for records). */
  async allMatches(club: string, days: DayRange): Promise<FactModel[]> {
    const out: FactModel[] = [];
    let after: Keyset = { key: '', id: '' };
    for (;;) {
      const rows = await this.engine.read('clubs/matches-page', { club, lo: days.lo, hi: days.hi, opponent: '', afterLo: after.key, afterId: after.id, limit: 500 });
      const facts = rows.map((r) => ({ f: toFact(r), key: { key: String(r.sortKey), id: String(r.id) } })).sort(byKey);
      out.push(...facts.map((x) => x.f));
      if (rows.length < 500) return out;
      after = facts[facts.length - 1]!.key;
    }
  }

  private async page(op: OperationName, countOp: OperationName, params: Record<string, unknown>, page: Page, toRow: (r: Record<string, unknown>) => { node: FactModel; key: Keyset }): Promise<Connection<FactModel>> {
    const after = decode(page.after);
    const size = pageSize(page.first);
    if (params.lo! > params.hi!) return toPage([], size, page.after, 0);
    const [rows, [count]] = await Promise.all([
      this.engine.read(op, { ...params, afterLo: after.key, afterId: after.id, limit: size + 1 }),
      this.engine.read(countOp, params),
    ]);
    // Neo4j returns a page's rows grouped, not in order: the page (already limited) is put back in order.
    return toPage(rows.map(toRow).sort(byKey), size, page.after, Number(count?.total ?? 0));
  }
}

/** A fact row of a page, with its keyset (the row's sort key and id). */
const factRow = (r: Record<string, unknown>) => ({ node: toFact(r), key: { key: String(r.sortKey), id: String(r.id) } });

function byKey(a: { key: Keyset }, b: { key: Keyset }): number {
  return a.key.key !== b.key.key ? (a.key.key < b.key.key ? -1 : 1) : a.key.id < b.key.id ? -1 : a.key.id > b.key.id ? 1 : 0;
}
