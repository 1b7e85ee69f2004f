// A club's squad by season, built from its playing spells (the imported datasets have most of
// them): a spell counts for the seasons its dates certainly cover. The season chosen here is the
// one the transfers and results section shows.
import { ExplorerClubPlayersDocument, type ExplorerClubPlayersQuery, type ExplorerClubQuery } from '../../__generated__/operations';
import { isAbort, request } from '../../api';
import { h, replace, uid } from '../../dom';
import { seasonName } from '../../../../domain/wording';
import { EntityLink, ErrorNote, Sources, Status } from '../../parts';
import type { Route } from '../../route';
import { period } from '../../words';
import type { ViewContext } from '../view';

type ClubRoute = Extract<Route, { view: 'club' }>;
type Club = NonNullable<ExplorerClubQuery['club']>;
type Spell = NonNullable<ExplorerClubPlayersQuery['club']>['players']['edges'][number]['node'];

/** Squads are built from pages of 100 spells; a club with more than this many is cut short. */
const MAX_SPELL_PAGES = 30;

/** The football season (July to June) a day falls in: `2008/09`. */
function seasonOf(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return seasonName(m >= 7 ? y : y - 1);
}

/**
 * The seasons a spell certainly covers: from the latest its start can mean to the earliest its
 * end can mean (a spell known only to a year is not spread over the seasons either side). A
 * spell without an end counts for its first season only.
 */
function seasonsOf(spell: Pick<Spell, 'start' | 'end'>): string[] {
  const a = spell.start?.latest ?? spell.end?.earliest;
  const b = spell.end?.earliest ?? a;
  if (!a || !b) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const first = Number(seasonOf(lo).slice(0, 4));
  const last = Number(seasonOf(hi).slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(seasonName(y));
  return out;
}

/** `route` is the view's live URL state: the section writes its season into it. */
export function squadSection(ctx: ViewContext, club: Club, route: ClubRoute, onSeason: (season: string | null) => void): HTMLElement {
  const body = <div class="squad-body" aria-live="polite" />;
  const selectId = uid('season');

  const render = (spells: Spell[], truncated: boolean) => {
    const bySeason = new Map<string, Spell[]>();
    for (const s of spells) for (const season of seasonsOf(s)) bySeason.set(season, [...(bySeason.get(season) ?? []), s]);
    const seasons = [...bySeason.keys()].sort().reverse();
    if (seasons.length === 0) {
      replace(body, <p class="empty">No dated playing spells at this club in the graph (import the open datasets for squads).</p>);
      onSeason(route.season ?? null);
      return;
    }
    let season = route.season && bySeason.has(route.season) ? route.season : seasons[0]!;
    const list = <div class="squad-list" />;
    const show = () => {
      onSeason(season);
      // One row per player: two spells in one season (a loan and a return) read as one stay.
      const byPerson = new Map<string, Spell[]>();
      for (const s of bySeason.get(season) ?? []) byPerson.set(s.person.id, [...(byPerson.get(s.person.id) ?? []), s]);
      const players = [...byPerson.values()].sort((x, y) => x[0]!.person.name.localeCompare(y[0]!.person.name));
      replace(
        list,
        <p class="result-count">{`${players.length} player${players.length === 1 ? '' : 's'} in ${season}`}</p>,
        <ul class="squad">
          {players.map((spells) => {
            const person = spells[0]!.person;
            return (
              <li class="squad-player" data-person={person.id}>
                <div>
                  <EntityLink id={person.id} name={person.name} />
                  <span class="when-inline">{[...new Set(spells.map((s) => period(s.start, s.end)))].join('; ')}</span>
                  {spells.some((s) => s.level === 'YOUTH') ? <span class="badge">youth</span> : null}
                </div>
                <Sources citations={spells.flatMap((s) => s.sources)} />
              </li>
            );
          })}
        </ul>,
      );
    };
    const playerCount = (s: string) => {
      const n = new Set(bySeason.get(s)!.map((x) => x.person.id)).size;
      return `${s} (${n} player${n === 1 ? '' : 's'})`;
    };
    const select = (
      <select id={selectId} name="season">
        {seasons.map((s) => (
          <option value={s} selected={s === season}>
            {playerCount(s)}
          </option>
        ))}
      </select>
    ) as HTMLSelectElement;
    select.addEventListener('change', () => {
      season = select.value;
      route.season = season;
      ctx.updateUrl(route, false);
      show();
    });
    replace(
      body,
      <div class="field">
        <label for={selectId}>Season</label>
        {select}
      </div>,
      truncated ? <p class="hint">{`Only the first ${MAX_SPELL_PAGES * 100} playing spells were read.`}</p> : null,
      list,
    );
    show();
  };

  const load = async () => {
    replace(body, <Status text="Loading playing spells…" />);
    const spells: Spell[] = [];
    let after: string | null = null;
    let pages = 0;
    let more = true;
    try {
      while (more && pages < MAX_SPELL_PAGES) {
        const data: ExplorerClubPlayersQuery = await request(ExplorerClubPlayersDocument, { id: club.id, first: 100, after }, ctx.signal);
        const players = data.club?.players;
        if (!players) break;
        spells.push(...players.edges.map((e) => e.node));
        pages += 1;
        more = players.pageInfo.hasNextPage;
        after = players.pageInfo.endCursor;
        if (more) replace(body, <Status text={`Loading playing spells… ${spells.length} of ${players.totalCount}`} />);
      }
      render(spells, more);
    } catch (err) {
      if (!isAbort(err)) replace(body, <ErrorNote error={err} />);
    }
  };
  void load();
  return (
    <section aria-labelledby="squad-heading">
      <h2 id="squad-heading">Squad by season</h2>
      <p class="hint">A playing spell counts for the seasons its dates certainly cover; one without an end counts for its first season.</p>
      {body}
    </section>
  );
}
