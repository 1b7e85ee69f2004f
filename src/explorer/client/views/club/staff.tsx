// Who was on a club's staff on a chosen day or during a period, typed day first, with how each
// is known (dated tenure, or an undated one a dated fact places there).
import { ExplorerClubStaffDocument, type ExplorerClubQuery } from '../../__generated__/operations';
import { isAbort, request } from '../../api';
import { h, replace, uid } from '../../dom';
import { dayInputText, dayWords, readable } from '../../../../domain/wording';
import { DayInput, EntityLink, ErrorNote, Sources, Status } from '../../parts';
import type { Route } from '../../route';
import { period, STAFF_EVIDENCE } from '../../words';
import type { ViewContext } from '../view';

type ClubRoute = Extract<Route, { view: 'club' }>;
type Club = NonNullable<ExplorerClubQuery['club']>;

const today = () => new Date().toISOString().slice(0, 10);

/** `route` is the view's live URL state: the section writes its period into it. */
export function staffSection(ctx: ViewContext, club: Club, route: ClubRoute): HTMLElement {
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
