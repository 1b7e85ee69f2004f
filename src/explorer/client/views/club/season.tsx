// The season chosen under "Squad by season": the club's signings and departures dated in it (fee,
// market value, the other club) and every match of the club in it, with the score.
import {
  ExplorerClubMatchesDocument,
  ExplorerClubTransfersDocument,
  type ClubTransferPageFragment,
  type ExplorerClubMatchesQuery,
  type ExplorerClubQuery,
} from '../../__generated__/operations';
import { isAbort, request } from '../../api';
import { h, replace } from '../../dom';
import { euros, resultWords } from '../../../../domain/wording';
import { EntityLink, ErrorNote, Sources, Status, teamOrName } from '../../parts';
import { TRANSFER_TYPES, when } from '../../words';
import type { ViewContext } from '../view';

type Club = NonNullable<ExplorerClubQuery['club']>;
type ClubTransfer = ClubTransferPageFragment['edges'][number]['node'];
type ClubMatch = NonNullable<ExplorerClubMatchesQuery['club']>['matches']['edges'][number]['node'];
type Direction = 'IN' | 'OUT';

function TransferRow(props: { t: ClubTransfer; direction: Direction }): HTMLElement {
  const t = props.t;
  const other = props.direction === 'IN' ? teamOrName(t.from, t.fromName) : teamOrName(t.to, t.toName);
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

/** Signings or departures: the list, or a line saying there are none. */
function TransferList(props: { page: ClubTransferPageFragment | undefined; direction: Direction; season: string }): HTMLElement {
  const { page, direction } = props;
  const label = direction === 'IN' ? 'signings' : 'departures';
  if (!page || page.totalCount === 0) return <p class="empty">{`No ${label} in ${props.season} in the graph.`}</p>;
  return (
    <div>
      <ul class={`club-transfers ${label}`}>
        {page.edges.map((e) => (
          <TransferRow t={e.node} direction={direction} />
        ))}
      </ul>
      {page.totalCount > page.edges.length ? <p class="hint">{`The first ${page.edges.length} of ${page.totalCount}.`}</p> : null}
    </div>
  );
}

function MatchLine(props: { m: ClubMatch }): HTMLElement {
  const m = props.m;
  const score = m.homeGoals != null && m.awayGoals != null ? `${m.homeGoals}–${m.awayGoals}` : '–';
  return (
    <li class="club-match" data-id={m.id}>
      <div class="when">{m.date ? when(m.date) : 'undated'}</div>
      <div class="what">
        {m.home ? <EntityLink id={m.home.id} name={m.home.name} /> : (m.homeName ?? '?')}
        <strong class="score">{` ${score} `}</strong>
        {m.away ? <EntityLink id={m.away.id} name={m.away.name} /> : (m.awayName ?? '?')}
        <span class="when-inline">{[m.halfTimeScore ? `half time ${m.halfTimeScore.replace('-', '–')}` : null, m.competition, m.stage].filter(Boolean).join(' · ')}</span>
        <Sources citations={m.sources} />
      </div>
    </li>
  );
}

/** The club's results in the season's scored matches: `38 with a score: 20 won, 10 drawn, 8 lost`. */
function resultCount(clubId: string, matches: ClubMatch[]): string | null {
  const goals = (x: ClubMatch) => (x.home?.id === clubId ? [x.homeGoals!, x.awayGoals!] : [x.awayGoals!, x.homeGoals!]);
  const played = matches.filter((x) => x.homeGoals != null && x.awayGoals != null).map(goals);
  if (played.length === 0) return null;
  const wins = played.filter(([a, b]) => a! > b!).length;
  const draws = played.filter(([a, b]) => a === b).length;
  return `${played.length} with a score: ${resultWords({ wins, draws, losses: played.length - wins - draws })}`;
}

/** Transfers in and out, and the league results, of the season the squad shows. */
export function seasonSection(ctx: ViewContext, club: Club): { element: HTMLElement; show(season: string | null): void } {
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
      const [ins, outs] = [signings.club?.transfers, departures.club?.transfers];
      const m = matches.club?.matches;
      const list = (m?.edges ?? []).map((e) => e.node);
      const results = resultCount(club.id, list);
      replace(
        body,
        <h3 id="signings-heading">{`Signings in ${season} (${ins?.totalCount ?? 0})`}</h3>,
        <TransferList page={ins} direction="IN" season={season} />,
        <h3 id="departures-heading">{`Departures in ${season} (${outs?.totalCount ?? 0})`}</h3>,
        <TransferList page={outs} direction="OUT" season={season} />,
        <h3 id="matches-heading">{`Matches in ${season} (${m?.totalCount ?? 0})`}</h3>,
        results ? <p class="result-count">{results}</p> : null,
        list.length === 0 ? (
          <p class="empty">{`No matches in ${season} in the graph (import the league results).`}</p>
        ) : (
          <ol class="club-matches">
            {list.map((x) => (
              <MatchLine m={x} />
            ))}
          </ol>
        ),
        m && m.totalCount > list.length ? <p class="hint">{`The first ${list.length} of ${m.totalCount} matches.`}</p> : null,
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
