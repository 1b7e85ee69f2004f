// Teammates: people who were in one squad with a person (the derived squads put together exactly
// the people at one team at the same time), one item per teammate and team, with the seasons and
// span they shared, the facts it rests on and their sources. Paged in the database
// (cypher/paths/teammates-page): the list is grouped, ordered and counted there, a page reads its
// `first + 1` items with their entities, then the facts of its items (paths/teammate-facts).
import type { GraphEngine, Row } from '../../graph/engine';
import type { EntityModel } from '../../domain/models/entities';
import { ref, type AnyFact, type FactOf } from '../../domain/models/facts';
import type { TeammateModel } from '../../domain/models/paths';
import type { CitationModel } from '../../domain/models/sources';
import { byKeyset, decodeKeyset, keysetPage, KEY_SEPARATOR, pageSize, type Connection, type Page } from '../../domain/paging';
import type { FactRepository } from '../../repositories/fact-repository';
import { byDate } from '../../repositories/fact-repository';
import { countedPage } from '../../repositories/loaders';
import { toEntity, toFact } from '../../repositories/rows';
import { mergeCitations, sharedPeriod, startUnknown, withGaps } from '../../domain/periods';
import type { SourceRepository } from '../../repositories/source-repository';
import { periodOfDays } from '../../domain/sentences';

/** Which teammates: at one team, overlapping a window. */
export interface TeammateFilter {
  team?: string | null;
  from?: string | null;
  to?: string | null;
}

export class TeammateService {
  constructor(
    private readonly engine: GraphEngine,
    private readonly facts: FactRepository,
    private readonly sources: SourceRepository,
    private readonly today = new Date().toISOString().slice(0, 10),
  ) {}

  /**
   * People who played in the same team at the same time as the person, one item per teammate and
   * team, by the start of the overlap, then team name and name (each folded, then as written) and
   * ids; optionally at one team and overlapping a window. A page reads at most `first + 1` rows.
   * A LINK deleted while the read ran (Neo4j reads committed data as it goes: a full rebuild after
   * an import clears links in batches) has no role or fact left, so it pairs with nothing.
   */
  async page(personId: string, filter: TeammateFilter, page: Page): Promise<Connection<TeammateModel>> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const params = { person: personId, team: filter.team ?? '', windowed: Boolean(filter.from || filter.to), lo: filter.from ?? '0001-01-01', hi: filter.to ?? '9999-12-31', sep: KEY_SEPARATOR };
    const { rows, total } = await countedPage(this.engine, 'paths/teammates-page', params, { afterKey: after.key, afterId: after.id }, size + 1);
    // The rows come in keyset order; sorted again so a page never rests on an engine keeping it.
    const ordered = rows.map((r) => ({ row: r, key: { key: String(r.sortKey), id: String(r.key) } })).sort(byKeyset);
    const onPage = ordered.slice(0, size);
    const facts = await this.factsOf(onPage.map((x) => x.row));
    const items = onPage.flatMap(({ row, key }) => {
      const node = this.teammate(personId, row, facts.get(key.id) ?? [], filter);
      return node ? [{ node, key }] : [];
    });
    const connection = keysetPage(items, size, page.after, total);
    // The row past the page (read only to tell whether another page follows) has no facts read.
    connection.pageInfo.hasNextPage = rows.length > size;
    return connection;
  }

  /** The facts of each item of a page (its pairs' facts), one row per item, looked up in key order. */
  private async factsOf(rows: Row[]): Promise<Map<string, AnyFact[]>> {
    const pairs = new Map<string, { key: string; fact: string }>();
    for (const r of rows) {
      for (const pair of Array.isArray(r.pairs) ? r.pairs : []) {
        for (const fact of Array.isArray(pair) ? pair : []) if (typeof fact === 'string') pairs.set(`${fact}\u0000${String(r.key)}`, { key: String(r.key), fact });
      }
    }
    if (pairs.size === 0) return new Map();
    const list = [...pairs.values()].sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : a.key < b.key ? -1 : 1));
    const found = await this.engine.read('paths/teammate-facts', { pairs: list });
    return new Map(found.map((r) => [String(r.key), (Array.isArray(r.facts) ? r.facts : []).filter((f) => f !== null).map((f) => toFact(f))]));
  }

  /**
   * One item of the list from its row: the shared seasons and span over every pair of the two
   * people's memberships at the team (the facts of the row's pairs), as the overlap of each
   * pair's segments says (src/domain/periods); null when no pair overlaps after all.
   */
  private teammate(personId: string, row: Row, facts: AnyFact[], filter: TeammateFilter): TeammateModel | null {
    const own = facts.filter((f) => ref(f, 'person') === personId).sort(byDate);
    const theirs = facts.filter((f) => ref(f, 'person') !== personId).sort(byDate);
    const lo = filter.from ?? '0001-01-01';
    const hi = filter.to ?? '9999-12-31';
    const g = { seasons: new Set<string>(), from: null as string | null, to: null as string | null, ongoing: false, undated: true, unknownStarts: new Set<string>(), facts: new Set<AnyFact>() };
    for (const a of own) {
      for (const b of theirs) {
        const shared = sharedPeriod(a, b, this.today);
        if (!shared) continue;
        const period = shared.period;
        if (!period.undated && ((period.to ?? '9999-12-31') < lo || (period.from ?? '0001-01-01') > hi)) continue;
        if (period.undated && (filter.from || filter.to)) continue;
        shared.seasons.forEach((s) => g.seasons.add(s));
        if (period.startUnknown && period.from) g.unknownStarts.add(period.from);
        if (!period.undated) {
          g.undated = false;
          g.from = g.from === null || period.from! < g.from ? period.from : g.from;
          if (period.to === null) g.ongoing = true;
          else g.to = g.to === null || period.to > g.to ? period.to : g.to;
        }
        g.facts.add(a).add(b);
      }
    }
    if (g.facts.size === 0) return null;
    const seasons = [...g.seasons].sort();
    const known = g.undated ? periodOfDays(null, null) : withGaps(periodOfDays(g.from, g.to, g.ongoing), seasons);
    // The earliest overlap began with a spell whose start is unknown: so may the teammates' time.
    const period = g.from !== null && g.unknownStarts.has(g.from) ? startUnknown(known) : known;
    const person: EntityModel = toEntity(row.person);
    const team: EntityModel = toEntity(row.team);
    return { person, team, period, seasons, facts: [...own, ...theirs].filter((f) => g.facts.has(f)) };
  }

  /** The teammate's staff tenures that began after the overlap ended (undated ones cannot be placed). Batched per page. */
  async laterStaffRoles(t: TeammateModel): Promise<FactOf<'tenure'>[]> {
    const overlapEnd = t.period.undated ? '9999-12-31' : (t.period.to ?? '9999-12-31');
    return (await this.facts.about(t.person.id, ['tenure'], 'person')).filter((f) => f.start !== null && f.start.lo > overlapEnd);
  }

  /** Sources of the memberships a teammate link rests on, best first. Batched per page. */
  async sourcesOf(t: TeammateModel): Promise<CitationModel[]> {
    return mergeCitations(await Promise.all(t.facts.map((f) => this.sources.citationsOf(f.id))));
  }
}
