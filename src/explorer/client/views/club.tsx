// The club view: who the club is, its head coaches in order (each with predecessor and
// successor), who was on its staff during a chosen period, and its squad by season where
// playing spells are known (the imported datasets have most of them).
import {
  ExplorerClubDocument,
  ExplorerClubMatchesDocument,
  ExplorerClubPlayersDocument,
  ExplorerClubRecordsDocument,
  ExplorerClubStaffDocument,
  ExplorerClubTransfersDocument,
  type ClubTransferPageFragment,
  type ExplorerClubMatchesQuery,
  type ExplorerClubPlayersQuery,
  type ExplorerClubQuery,
  type ExplorerClubRecordsQuery,
} from '../__generated__/operations';
import { isAbort, request } from '../api';
import { h, replace, uid } from '../dom';
import { dayInputText, dayWords, euros, readable, recordWords, resultWords } from '../../../presentation/wording';
import { DayInput, EntityLink, ErrorNote, Sources, Status } from '../parts';
import { END_REASONS, period, STAFF_EVIDENCE, TRANSFER_TYPES, when } from '../words';
import { formatRoute, type Route } from '../route';
import type { ViewContext } from './view';

type ClubRoute = Extract<Route, { view: 'club' }>;
type Club = NonNullable<ExplorerClubQuery['club']>;
type Spell = NonNullable<ExplorerClubPlayersQuery['club']>['players']['edges'][number]['node'];
type ClubTransfer = ClubTransferPageFragment['edges'][number]['node'];
type ClubMatch = NonNullable<ExplorerClubMatchesQuery['club']>['matches']['edges'][number]['node'];
type CoachRecord = NonNullable<ExplorerClubRecordsQuery['club']>['headCoachRecords'][number];

/** Squads are built from pages of 100 spells; a club with more than this many is cut short. */
const MAX_SPELL_PAGES = 30;

/** The football season (July to June) a day falls in: `2008/09`. */
export function seasonOf(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const start = m >= 7 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The seasons a spell certainly covers: from the latest its start can mean to the earliest its
 * end can mean (a spell known only to a year is not spread over the seasons either side). A
 * spell without an end counts for its first season only.
 */
export function seasonsOf(spell: Pick<Spell, 'start' | 'end'>): string[] {
  const a = spell.start?.latest ?? spell.end?.earliest;
  const b = spell.end?.earliest ?? a;
  if (!a || !b) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const first = Number(seasonOf(lo).slice(0, 4));
  const last = Number(seasonOf(hi).slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

function HeadCoaches(props: { club: Club }): HTMLElement {
  const coaches = props.club.headCoaches;
  if (coaches.length === 0) return <p class="empty">No head coaches recorded.</p>;
  return (
    <ol class="coaches">
      {coaches.map((t) => (
        <li class="coach" data-person={t.person.id}>
          <div class="when">{period(t.start, t.end)}</div>
          <div class="what">
            <EntityLink id={t.person.id} name={t.person.name} />
            <span class="role">{` — ${t.roleLabel}`}</span>
            {t.endReason ? <span class="end-reason">{`, ${END_REASONS[t.endReason]}`}</span> : null}
            {t.statedEndReasons.length > 1 ? <StatedEndReasons stated={t.statedEndReasons} /> : null}
            <div class="succession">
              <span>
                {'Predecessor: '}
                {t.predecessor ? <EntityLink id={t.predecessor.person.id} name={t.predecessor.person.name} /> : 'not recorded'}
              </span>
              <span>
                {'Successor: '}
                {t.successor ? <EntityLink id={t.successor.person.id} name={t.successor.person.name} /> : 'not recorded'}
              </span>
            </div>
            <Sources citations={t.sources} />
            <div class="record" data-tenure={t.id} />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Where the sources say differently how a tenure ended: each way, with the sources that say it. */
function StatedEndReasons(props: { stated: Club['headCoaches'][number]['statedEndReasons'] }): HTMLElement {
  const ways = new Map<string, string[]>();
  for (const s of props.stated) ways.set(s.reason, [...(ways.get(s.reason) ?? []), s.source.name]);
  return (
    <div class="stated-end-reasons">
      {'Sources differ on how it ended: '}
      {[...ways].map(([reason, names], i) => `${i > 0 ? '; ' : ''}${END_REASONS[reason as keyof typeof END_REASONS]} (${names.join(', ')})`).join('')}
    </div>
  );
}

/** Head coaches the sources attest without a date: listed apart, not placed in the succession. */
function UndatedHeadCoaches(props: { club: Club }): HTMLElement | null {
  const coaches = props.club.undatedHeadCoaches;
  if (coaches.length === 0) return null;
  return (
    <div class="undated-coaches">
      <h3 id="undated-coaches-heading">Also head coach, when not known</h3>
      <p class="hint">The sources say these people were head coach here but give no date and no predecessor or successor, so they are not placed in the order above.</p>
      <ul aria-labelledby="undated-coaches-heading">
        {coaches.map((t) => (
          <li class="undated-coach" data-person={t.person.id}>
            <div class="when">undated</div>
            <div class="what">
              <EntityLink id={t.person.id} name={t.person.name} />
              <span class="role">{` — ${t.roleLabel}`}</span>
              <Sources citations={t.sources} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The data's league record for one tenure, and beside it each record an article states. */
function RecordBox(props: { record: CoachRecord }): HTMLElement {
  const r = props.record;
  return (
    <div class="record-box">
      <div class="record-data">
        <span class="badge">League record (data)</span>
        {r.record ? (
          <span class="figures">{`${recordWords(r.record)}; goals ${r.record.goalsFor}–${r.record.goalsAgainst}; ${r.record.points} points`}</span>
        ) : (
          <span class="figures">not computed</span>
        )}
        <div class="note">{readable(r.summary)}</div>
      </div>
      {r.stated.map((s) => (
        <div class={`record-stated ${s.agrees ? 'agrees' : 'differs'}`}>
          <span class="badge">{s.statedBy ? 'Stated by the article' : 'Stated'}</span>
          <span class="figures">{recordWords(s.stated)}</span>
          {s.statedBy ? <span class="links">{s.statedBy.name}</span> : null}
          <div class="note">{readable(s.summary)}</div>
          {s.disagreements.length ? (
            <ul class="disagreements">
              {s.disagreements.map((d) => (
                <li>{readable(d.explanation)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
      <Sources citations={r.sources} label="Sources of the record" />
    </div>
  );
}

/** Fills each coach's record slot once the records arrive (they are computed from every league match). */
async function loadRecords(ctx: ViewContext, list: HTMLElement, clubId: string): Promise<void> {
  try {
    const data = await request(ExplorerClubRecordsDocument, { id: clubId }, ctx.signal);
    for (const r of data.club?.headCoachRecords ?? []) {
      const slot = list.querySelector<HTMLElement>(`.record[data-tenure="${CSS.escape(r.tenure.id)}"]`);
      if (slot) replace(slot, <RecordBox record={r} />);
    }
  } catch (err) {
    if (!isAbort(err)) list.append(<ErrorNote error={err} />);
  }
}

function otherClub(team: ClubTransfer['from'], name: string | null | undefined): HTMLElement | string {
  return team ? <EntityLink id={team.id} name={team.name} /> : (name ?? 'a club not named');
}

function TransferRow(props: { t: ClubTransfer; direction: 'IN' | 'OUT' }): HTMLElement {
  const t = props.t;
  const other = props.direction === 'IN' ? otherClub(t.from, t.fromName) : otherClub(t.to, t.toName);
  const money = [t.feeEur == null ? null : `fee ${euros(t.feeEur)}`, t.marketValueEur == null ? null : `market value ${euros(t.marketValueEur)}`].filter(Boolean).join(' · ');
  return (
    <li class="club-transfer" data-person={t.person.id}>
      <div>
        <EntityLink id={t.person.id} name={t.person.name} />
        <span class="when-inline">
          {props.direction === 'IN' ? 'from ' : 'to '}
          {other}
        </span>
        <span class="when-inline">{[t.date ? when(t.date) : null, t.window, TRANSFER_TYPES[t.type]].filter(Boolean).join(' · ')}</span>
        {money ? <span class="money-inline">{money}</span> : null}
      </div>
      <Sources citations={t.sources} />
    </li>
  );
}

function matchLine(m: ClubMatch): HTMLElement {
  const side = (team: ClubMatch['home'], name: string | null | undefined) => (team ? <EntityLink id={team.id} name={team.name} /> : (name ?? '?'));
  const score = m.homeGoals != null && m.awayGoals != null ? `${m.homeGoals}–${m.awayGoals}` : '–';
  return (
    <li class="club-match" data-id={m.id}>
      <div class="when">{m.date ? when(m.date) : 'undated'}</div>
      <div class="what">
        {side(m.home, m.homeName)}
        <strong class="score">{` ${score} `}</strong>
        {side(m.away, m.awayName)}
        <span class="when-inline">{[m.halfTimeScore ? `half time ${m.halfTimeScore.replace('-', '–')}` : null, m.competition, m.stage].filter(Boolean).join(' · ')}</span>
        <Sources citations={m.sources} />
      </div>
    </li>
  );
}

/** Transfers in and out, and the league results, of the season the squad shows. */
function seasonSection(ctx: ViewContext, club: Club): { element: HTMLElement; show(season: string | null): void } {
  const body = <div class="season-body" aria-live="polite" />;
  let shown: string | null = null;
  const show = async (season: string | null) => {
    if (season === shown) return;
    shown = season;
    if (!season) {
      replace(body, <p class="empty">No season to show: the graph has no dated playing spells at this club.</p>);
      return;
    }
    replace(body, <Status text={`Loading ${season}…`} />);
    try {
      const [signings, departures, matches] = await Promise.all([
        request(ExplorerClubTransfersDocument, { id: club.id, season, direction: 'IN' }, ctx.signal),
        request(ExplorerClubTransfersDocument, { id: club.id, season, direction: 'OUT' }, ctx.signal),
        request(ExplorerClubMatchesDocument, { id: club.id, season }, ctx.signal),
      ]);
      if (shown !== season) return;
      const list = (page: ClubTransferPageFragment | undefined, direction: 'IN' | 'OUT', label: string) =>
        !page || page.totalCount === 0 ? (
          <p class="empty">{`No ${label.toLowerCase()} in ${season} in the graph.`}</p>
        ) : (
          [
            <ul class={`club-transfers ${direction === 'IN' ? 'signings' : 'departures'}`}>
              {page.edges.map((e) => (
                <TransferRow t={e.node} direction={direction} />
              ))}
            </ul>,
            page.totalCount > page.edges.length ? <p class="hint">{`The first ${page.edges.length} of ${page.totalCount}.`}</p> : null,
          ]
        );
      const c = { signings: signings.club?.transfers, departures: departures.club?.transfers };
      const m = matches.club?.matches;
      const w = (m?.edges ?? []).map((e) => e.node);
      const mine = (x: ClubMatch) => (x.home?.id === club.id ? [x.homeGoals, x.awayGoals] : [x.awayGoals, x.homeGoals]);
      const played = w.filter((x) => x.homeGoals != null && x.awayGoals != null);
      const won = played.filter((x) => mine(x)[0]! > mine(x)[1]!).length;
      const drawn = played.filter((x) => mine(x)[0] === mine(x)[1]).length;
      replace(
        body,
        <h3 id="signings-heading">{`Signings in ${season} (${c.signings?.totalCount ?? 0})`}</h3>,
        list(c.signings, 'IN', 'Signings'),
        <h3 id="departures-heading">{`Departures in ${season} (${c.departures?.totalCount ?? 0})`}</h3>,
        list(c.departures, 'OUT', 'Departures'),
        <h3 id="matches-heading">{`Matches in ${season} (${m?.totalCount ?? 0})`}</h3>,
        played.length ? <p class="result-count">{`${played.length} with a score: ${resultWords({ wins: won, draws: drawn, losses: played.length - won - drawn })}`}</p> : null,
        w.length === 0 ? <p class="empty">{`No matches in ${season} in the graph (import the league results).`}</p> : <ol class="club-matches">{w.map(matchLine)}</ol>,
        m && m.totalCount > w.length ? <p class="hint">{`The first ${w.length} of ${m.totalCount} matches.`}</p> : null,
      );
    } catch (err) {
      if (!isAbort(err)) replace(body, <ErrorNote error={err} />);
    }
  };
  return {
    element: (
      <section aria-labelledby="season-heading">
        <h2 id="season-heading">Transfers and results of the season</h2>
        <p class="hint">The season chosen under “Squad by season”: moves dated in it (July to June), and every match of the club the graph holds.</p>
        {body}
      </section>
    ),
    show: (season) => void show(season),
  };
}

/** `route` is the view's live URL state: the section writes its period into it. */
function staffSection(ctx: ViewContext, club: Club, route: ClubRoute): HTMLElement {
  const fromId = uid('staff-from');
  const toId = uid('staff-to');
  const results = <div class="staff-results" aria-live="polite" />;
  let from = route.from ?? today();
  let to = route.to ?? from;

  const load = async () => {
    replace(results, <Status text="Loading staff…" />);
    try {
      const data = await request(ExplorerClubStaffDocument, { id: club.id, from, to }, ctx.signal);
      const staff = data.club?.staffDuring ?? [];
      const span = from === to ? `on ${dayWords(from)}` : `from ${dayWords(from)} to ${dayWords(to)}`;
      replace(
        results,
        staff.length === 0 ? (
          <p class="empty">{`Nobody is known to have been on the staff ${span}.`}</p>
        ) : (
          [
            <p class="result-count">{`${staff.length} ${staff.length === 1 ? 'person' : 'people'} on the staff ${span}`}</p>,
            <ul class="staff">
              {staff.map((m) => (
                <li class="staff-member" data-person={m.person.id}>
                  <div class="what">
                    <span class="badge">{m.tenure.roleLabel}</span>
                    <EntityLink id={m.person.id} name={m.person.name} />
                    <span class="when-inline">{`tenure ${period(m.tenure.start, m.tenure.end)}`}</span>
                    <div class="evidence">{`Known: ${readable(m.period.text)} — ${STAFF_EVIDENCE[m.evidence]}`}</div>
                    <Sources citations={m.sources} />
                  </div>
                </li>
              ))}
            </ul>,
          ]
        ),
      );
    } catch (err) {
      if (!isAbort(err)) replace(results, <ErrorNote error={err} />);
    }
  };

  const fromInput = DayInput({ id: fromId, name: 'from', value: from, required: true, describedBy: `${fromId}-hint` });
  const toInput = DayInput({ id: toId, name: 'to', value: to === from ? '' : to, describedBy: `${fromId}-hint` });
  const formError = <p class="form-error" role="alert" hidden />;
  const form = (
    <form class="inline-form" aria-label="Staff during a period" novalidate>
      <div class="field">
        <label for={fromId}>On (or from)</label>
        {fromInput}
      </div>
      <div class="field">
        <label for={toId}>To (optional)</label>
        {toInput}
      </div>
      <button type="submit">Show staff</button>
      <p class="hint" id={`${fromId}-hint`}>
        Day, month, year: 15-01-2023.
      </p>
      {formError}
    </form>
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = fromInput.day();
    const b = toInput.day();
    if (!a || b === null) {
      formError.textContent = !a && a !== null ? 'Type the first day, e.g. 15-01-2023.' : `Not a day: “${(!a ? fromInput : toInput).value}”. Type day, month and year, e.g. 15-01-2023.`;
      formError.hidden = false;
      (!a ? fromInput : toInput).focus();
      return;
    }
    formError.hidden = true;
    from = a;
    to = b && b >= from ? b : from;
    toInput.value = to === from ? '' : dayInputText(to);
    route.from = from;
    route.to = to === from ? undefined : to;
    ctx.updateUrl(route, false);
    void load();
  });
  void load();
  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">Staff on a date</h2>
      <p class="hint">Dated tenures that cover the day or period, and undated tenures a dated fact places there.</p>
      {form}
      {results}
    </section>
  );
}

/** `route` is the view's live URL state: the section writes its season into it. */
function squadSection(ctx: ViewContext, club: Club, route: ClubRoute, onSeason: (season: string | null) => void): HTMLElement {
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

export async function renderClub(ctx: ViewContext, route: ClubRoute): Promise<void> {
  const { main, signal } = ctx;
  replace(main, <Status text="Loading club…" />);
  const data = await request(ExplorerClubDocument, { id: route.id }, signal);
  const club = data.club;
  if (!club) {
    ctx.setTitle('Not found');
    replace(main, <h1 tabindex="-1">No such club</h1>, <p>{`The graph has no club with the id ${route.id}.`}</p>);
    return;
  }
  ctx.setTitle(club.name);
  const coaches = <HeadCoaches club={club} />;
  void loadRecords(ctx, coaches, club.id);
  // The staff period and the season share one URL; each section updates its part.
  const state: ClubRoute = { ...route };
  const names = [club.names.nl && `${club.names.nl} (nl)`, club.names.fr && `${club.names.fr} (fr)`, club.names.en && `${club.names.en} (en)`].filter(Boolean).join(' · ');
  const seasonal = seasonSection(ctx, club);
  const identity: [string, string | HTMLElement | null][] = [
    ['Official names', names || null],
    ['Nicknames', club.nicknames.length ? club.nicknames.join(', ') : null],
    ['Also written', club.aliases.length ? club.aliases.join(', ') : null],
    ['City', club.city],
    ['Stadium', club.stadium?.name ?? null],
  ];
  replace(
    main,
    <article class="club" data-id={club.id}>
      <header class="view-header">
        <p class="kicker">Club</p>
        <h1 tabindex="-1">{club.name}</h1>
        <dl class="identity">
          {identity.filter(([, v]) => v !== null).map(([k, v]) => [<dt>{k}</dt>, <dd>{v}</dd>])}
          <dt>Id</dt>
          <dd>
            <code>{club.id}</code>
          </dd>
        </dl>
        <Sources citations={club.sources} label="Sources introducing this club" />
        <p class="actions">
          <a class="button" href={formatRoute({ view: 'connect', to: club.id, maxHops: 4, types: [] })}>
            {`Find connections to ${club.name}`}
          </a>
        </p>
      </header>
      <section aria-labelledby="coaches-heading">
        <h2 id="coaches-heading">Head coaches in order</h2>
        <p class="hint">Each with the league record computed from the results the graph holds, beside any record an article states.</p>
        {coaches}
        <UndatedHeadCoaches club={club} />
      </section>
      {staffSection(ctx, club, state)}
      {squadSection(ctx, club, state, seasonal.show)}
      {seasonal.element}
    </article>,
  );
}
