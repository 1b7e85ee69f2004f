// A club's head coaches in order (each with predecessor, successor and how the tenure ended), the
// ones the sources leave undated, and each tenure's league record beside any record an article states.
import { ExplorerClubRecordsDocument, type ExplorerClubQuery, type ExplorerClubRecordsQuery } from '../../__generated__/operations';
import { isAbort, request } from '../../api';
import { h, replace } from '../../dom';
import { readable, recordWords } from '../../../../domain/wording';
import { EntityLink, ErrorNote, Sources } from '../../parts';
import { END_REASONS, period } from '../../words';
import type { ViewContext } from '../view';

type Club = NonNullable<ExplorerClubQuery['club']>;
type CoachRecord = NonNullable<ExplorerClubRecordsQuery['club']>['headCoachRecords'][number];

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

/** The head coaches' section; their records follow when the server has computed them. */
export function coachesSection(ctx: ViewContext, club: Club): HTMLElement {
  const coaches = <HeadCoaches club={club} />;
  void loadRecords(ctx, coaches, club.id);
  return (
    <section aria-labelledby="coaches-heading">
      <h2 id="coaches-heading">Head coaches in order</h2>
      <p class="hint">Each with the league record computed from the results the graph holds, beside any record an article states.</p>
      {coaches}
      <UndatedHeadCoaches club={club} />
    </section>
  );
}
