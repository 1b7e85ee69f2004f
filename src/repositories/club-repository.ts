// A club's long lists, paged in the database: its playing spells, its matches (by season,
// opponent and days), its transfers in or out (by season) and the people who played for it and
// another club. Each page is
// one ORDER BY … LIMIT query after a keyset cursor (the last row's sort key), and totalCount is a
// count query with the same filters: a club with 900 matches or 5,000 transfers is never read
// whole to show 20 of them.
import type { GraphEngine } from '../graph/engine';
import type { OperationName } from '../graph/operations';
import type { FactKindName } from '../domain/facts';
import { asKind, type FactOf } from '../domain/models/facts';
import { byKeyset, decodeKeyset, keysetPage, pageSize, type Connection, type Keyset, type Page } from '../domain/paging';
import { toFact } from './rows';

/** A person who played for two clubs: the spells at each are read when asked for (SharedPlayer resolvers). */
export interface SharedPlayerModel {
  personId: string;
  clubId: string;
  otherId: string;
}

export interface DayRange {
  lo: string;
  hi: string;
}

export const ALL_DAYS: DayRange = { lo: '0000-01-01', hi: '9999-12-31' };

/** The tighter of two day ranges (empty when they do not meet: lo > hi). */
export function intersect(a: DayRange, b: DayRange): DayRange {
  return { lo: a.lo > b.lo ? a.lo : b.lo, hi: a.hi < b.hi ? a.hi : b.hi };
}

export class ClubRepository {
  constructor(private readonly engine: GraphEngine) {}

  /** Matches of the club in date order (then id), within `days`, against `opponent` when given. */
  async matches(club: string, filter: { days: DayRange; opponent: string | null }, page: Page): Promise<Connection<FactOf<'match'>>> {
    const params = { club, lo: filter.days.lo, hi: filter.days.hi, opponent: filter.opponent ?? '' };
    return this.page('match', 'clubs/matches-page', 'clubs/matches-count', params, page);
  }

  /** Transfers where the club is the buyer (`IN`), the seller (`OUT`) or either, in date order. */
  async transfers(club: string, filter: { days: DayRange; direction: 'IN' | 'OUT' | null }, page: Page): Promise<Connection<FactOf<'transfer'>>> {
    const roles = filter.direction === 'IN' ? ['to'] : filter.direction === 'OUT' ? ['from'] : ['from', 'to'];
    const params = { club, lo: filter.days.lo, hi: filter.days.hi, roles };
    return this.page('transfer', 'clubs/transfers-page', 'clubs/transfers-count', params, page);
  }

  /** Playing spells at the club by start (undated last), then id: thousands at a big club, read a page at a time. */
  players(club: string, page: Page): Promise<Connection<FactOf<'spell'>>> {
    return this.page('spell', 'clubs/players-page', 'clubs/players-count', { club }, page);
  }

  /** Ids of the people with a playing spell at both clubs, by name. */
  async sharedPlayers(club: string, other: string, page: Page): Promise<Connection<string>> {
    const after = decodeKeyset(page.after);
    const size = pageSize(page.first);
    const [rows, [count]] = await Promise.all([
      this.engine.read('clubs/shared-players-page', { club, other, afterName: after.key, afterId: after.id, limit: size + 1 }),
      this.engine.read('clubs/shared-players-count', { club, other }),
    ]);
    const list = rows.map((r) => ({ node: String(r.id), key: { key: String(r.name ?? ''), id: String(r.id) } }));
    return keysetPage(list, size, page.after, Number(count?.total ?? 0));
  }

  /** Every match of the club within `days`, in date order, read page by page (for records). */
  async allMatches(club: string, days: DayRange): Promise<FactOf<'match'>[]> {
    const out: FactOf<'match'>[] = [];
    let after: Keyset = { key: '', id: '' };
    for (;;) {
      const rows = await this.engine.read('clubs/matches-page', { club, lo: days.lo, hi: days.hi, opponent: '', afterLo: after.key, afterId: after.id, limit: 500 });
      const facts = rows.map((r) => ({ f: asKind(toFact(r), 'match'), key: { key: String(r.sortKey), id: String(r.id) } })).sort(byKeyset);
      out.push(...facts.map((x) => x.f));
      if (rows.length < 500) return out;
      after = facts[facts.length - 1]!.key;
    }
  }

  private async page<K extends FactKindName>(kind: K, op: OperationName, countOp: OperationName, params: Record<string, unknown>, page: Page): Promise<Connection<FactOf<K>>> {
    const after = decodeKeyset(page.after);
    const size = pageSize(page.first);
    if (params.lo! > params.hi!) return keysetPage([], size, page.after, 0);
    const [rows, [count]] = await Promise.all([
      this.engine.read(op, { ...params, afterLo: after.key, afterId: after.id, limit: size + 1 }),
      this.engine.read(countOp, params),
    ]);
    // The rows come in keyset order; sorted again so a page never rests on an engine keeping it.
    const list = rows.map((r) => ({ node: asKind(toFact(r), kind), key: { key: String(r.sortKey), id: String(r.id) } }));
    return keysetPage(list.sort(byKeyset), size, page.after, Number(count?.total ?? 0));
  }
}
