// The person view: who they are, everything dated about them in order (spells, transfers, roles,
// honours, events …), and their relationships — each with its sources one click away.
import { bornWords, euros, readable } from '../../../domain/wording';
import {
  ExplorerPersonDocument,
  ExplorerPersonTransfersDocument,
  ExplorerRelationshipsDocument,
  ExplorerTimelinePageDocument,
  type ExplorerPersonTransfersQuery,
  type ExplorerRelationshipsQuery,
  type FactLinksFragment,
  type TeamLinkFragment,
  type TimelineKind,
  type TimelinePageFragment,
} from '../__generated__/operations';
import { isAbort, request } from '../api';
import { h, replace } from '../dom';
import { EntityLink, ErrorNote, showNotFound, Sources, Status, teamOrName, ViewHeader } from '../parts';
import type { Route } from '../route';
import { period, RELATIONSHIP_TYPES, TIMELINE_KINDS, TRANSFER_TYPES, when as dateWords } from '../words';
import type { ViewContext } from './view';

type PersonRoute = Extract<Route, { view: 'person' }>;
type Entry = TimelinePageFragment['edges'][number]['node'];
type RelationshipNode = NonNullable<ExplorerRelationshipsQuery['person']>['relationships']['edges'][number]['node'];
type TransferNode = NonNullable<ExplorerPersonTransfersQuery['person']>['transfers']['edges'][number]['node'];

const PAGE = 40;

function teamLink(team: TeamLinkFragment | null | undefined): HTMLElement | null {
  if (!team) return null;
  return <EntityLink id={team.id} name={team.name} />;
}

/** Links to the teams and people a fact is about, besides the person shown. */
function factLinks(fact: FactLinksFragment | null, self: string): HTMLElement[] {
  if (!fact) return [];
  const links: (HTMLElement | null)[] = [];
  if ('team' in fact) links.push(teamLink(fact.team));
  if ('at' in fact) links.push(teamLink(fact.at));
  if ('from' in fact) links.push(teamLink(fact.from), teamLink(fact.to));
  if ('participants' in fact) for (const p of fact.participants) if (p.person.id !== self) links.push(<EntityLink id={p.person.id} name={p.person.name} />);
  return links.filter((l): l is HTMLElement => l !== null && l.tagName === 'A');
}

/** Things that last: without an end they are read as still going on. */
const LASTING = new Set<TimelineKind>(['SPELL', 'STAFF_ROLE']);

function when(e: Entry): string {
  if (e.undated) return 'undated';
  // A spell whose arrival no source gives, or whose end: said, not shown as a date it is not.
  if (e.fact && 'startUnknown' in e.fact && e.fact.startUnknown && e.date) return `start unknown (there by ${dateWords(e.date)})${e.end ? ` – ${dateWords(e.end)}` : ''}`;
  if (e.fact && 'endUnknown' in e.fact && e.fact.endUnknown && e.date) return `${dateWords(e.date)} – end unknown`;
  if (e.date && !e.end && !LASTING.has(e.kind)) return dateWords(e.date);
  return period(e.date, e.end);
}

function TimelineItem(props: { entry: Entry; self: string }): HTMLElement {
  const e = props.entry;
  const links = factLinks(e.fact, props.self);
  return (
    <li class={`timeline-entry kind-${e.kind.toLowerCase()}`} data-kind={e.kind}>
      <div class="when" title={e.date ? `${e.date.precision.toLowerCase()} precision` : undefined}>
        {when(e)}
      </div>
      <div class="what">
        <span class="badge">{TIMELINE_KINDS[e.kind]}</span>
        <span class="summary">{readable(e.summary)}</span>
        {links.length > 0 ? <span class="links">{links.map((l, i) => [i > 0 ? ', ' : '', l])}</span> : null}
        <Sources citations={e.sources} />
      </div>
    </li>
  );
}

function RelationshipItem(props: { node: RelationshipNode; self: string }): HTMLElement {
  const r = props.node;
  const others = r.participants.filter((p) => p.person.id !== props.self);
  const qualifier = [r.kinship, r.topic ? `about ${r.topic}` : null].filter(Boolean).join(', ');
  return (
    <li class="relationship" data-type={r.type}>
      <div class="what">
        <span class="badge">{RELATIONSHIP_TYPES[r.type]}</span>
        <span class="summary">
          {others.map((p, i) => [i > 0 ? ', ' : '', <EntityLink id={p.person.id} name={p.person.name} />, ` (${p.role})`])}
          {qualifier ? ` — ${qualifier}` : ''}
        </span>
        <span class="when-inline">{r.end ? period(r.start, r.end) : r.start ? dateWords(r.start) : 'undated'}</span>
        {r.team ? <span class="links">at {teamLink(r.team)}</span> : null}
        {r.note ? <div class="note">{readable(r.note)}</div> : null}
        <Sources citations={r.sources} />
      </div>
    </li>
  );
}

/** One move: when, from → to, what kind, and the money the sources give (fee, market value at the time). */
function TransferItem(props: { node: TransferNode }): HTMLElement {
  const t = props.node;
  const kind = [TRANSFER_TYPES[t.type], t.loanStatus && t.loanStatus !== TRANSFER_TYPES[t.type] ? t.loanStatus : null].filter(Boolean).join(', ');
  return (
    <li class="transfer" data-id={t.id}>
      <div class="when">{[t.date ? dateWords(t.date) : 'undated', t.window].filter(Boolean).join(' · ')}</div>
      <div class="what">
        <span class="move">
          {teamOrName(t.from, t.fromName)}
          {' → '}
          {teamOrName(t.to, t.toName)}
        </span>
        <span class="badge">{kind}</span>
        {t.feeEur == null && t.marketValueEur == null ? (
          <p class="money-none">No fee or market value in the sources.</p>
        ) : (
          <dl class="money">
            <dt>Fee</dt>
            <dd class="fee">{t.feeEur == null ? 'not reported' : euros(t.feeEur)}</dd>
            <dt>Market value</dt>
            <dd class="market-value">{t.marketValueEur == null ? 'not reported' : euros(t.marketValueEur)}</dd>
          </dl>
        )}
        {t.labels.length ? <div class="note">{`Called ${t.labels.join(', ')}`}</div> : null}
        <Sources citations={t.sources} />
      </div>
    </li>
  );
}

function transfersSection(result: ExplorerPersonTransfersQuery | Error): HTMLElement {
  if (result instanceof Error) return <ErrorNote error={result} />;
  const list = result.person?.transfers;
  if (!list || list.totalCount === 0) return <p class="empty">No transfers recorded.</p>;
  return (
    <div>
      <ol class="transfers">
        {list.edges.map((e) => (
          <TransferItem node={e.node} />
        ))}
      </ol>
      {list.totalCount > list.edges.length ? <p class="hint">{`The first ${list.edges.length} of ${list.totalCount} transfers.`}</p> : null}
    </div>
  );
}

export async function renderPerson(ctx: ViewContext, route: PersonRoute): Promise<void> {
  const { main, signal } = ctx;
  replace(main, <Status text="Loading person…" />);
  const orError = (err: unknown): Error => {
    if (isAbort(err)) throw err;
    return err instanceof Error ? err : new Error(String(err));
  };
  const [person, relationships, transfers] = await Promise.all([
    request(ExplorerPersonDocument, { id: route.id, kinds: route.kinds.length ? route.kinds : null, first: PAGE }, signal),
    request(ExplorerRelationshipsDocument, { id: route.id }, signal).catch(orError),
    request(ExplorerPersonTransfersDocument, { id: route.id }, signal).catch(orError),
  ]);
  const p = person.person;
  if (!p) return showNotFound(ctx, 'person', route.id);
  ctx.setTitle(p.name);

  const identity: [string, string | null][] = [
    ['Full name', p.fullName && p.fullName !== p.name ? p.fullName : null],
    ['Also known as', p.aliases.length ? p.aliases.join(', ') : null],
    ['Born', p.birthDate ? (p.birthDate.precision === 'RANGE' ? `${bornWords(p.birthDate.text)} (${readable(p.birthDate.text)}, from an age on a dated article)` : readable(p.birthDate.text)) : null],
    ['Nationality', p.nationalities.length ? p.nationalities.join(', ') : null],
    ['Positions', p.positions.length ? p.positions.join(', ') : null],
  ];

  // The timeline filter and "more" keep focus where it is: they change the URL in place.
  const list = <ol class="timeline" aria-labelledby="timeline-heading" />;
  const more = <div class="more" />;
  const count = <span class="count" />;
  let kinds = route.kinds;

  const showPage = (page: TimelinePageFragment, append: boolean) => {
    if (!append) list.replaceChildren();
    for (const edge of page.edges) list.append(<TimelineItem entry={edge.node} self={p.id} />);
    count.textContent = `${page.totalCount} ${page.totalCount === 1 ? 'entry' : 'entries'}`;
    if (page.totalCount === 0) list.append(<li class="empty">Nothing of these kinds.</li>);
    replace(more);
    if (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
      const cursor = page.pageInfo.endCursor;
      const button = (
        <button type="button" class="secondary">
          {`Show more (${list.querySelectorAll('li.timeline-entry').length} of ${page.totalCount} shown)`}
        </button>
      ) as HTMLButtonElement;
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          const next = await request(ExplorerTimelinePageDocument, { id: p.id, kinds: kinds.length ? kinds : null, first: PAGE, after: cursor }, signal);
          const firstNew = list.children.length;
          if (next.person) showPage(next.person.timeline, true);
          // Keyboard users land on the first new entry rather than at the top of the page.
          (list.children[firstNew]?.querySelector('summary') as HTMLElement | null)?.focus();
        } catch (err) {
          if (!isAbort(err)) replace(more, <ErrorNote error={err} />);
        }
      });
      more.append(button);
    }
  };

  const allKinds = Object.keys(TIMELINE_KINDS) as TimelineKind[];
  const filter = (
    <fieldset class="kind-filter">
      <legend>Show only</legend>
      {allKinds.map((k) => (
        <label class="chip">
          <input type="checkbox" name="kind" value={k} checked={kinds.includes(k)} />
          {TIMELINE_KINDS[k]}
        </label>
      ))}
    </fieldset>
  );
  filter.addEventListener('change', async () => {
    kinds = Array.from(filter.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.value as TimelineKind);
    ctx.updateUrl({ view: 'person', id: p.id, kinds }, false);
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await request(ExplorerTimelinePageDocument, { id: p.id, kinds: kinds.length ? kinds : null, first: PAGE, after: null }, signal);
      if (page.person) showPage(page.person.timeline, false);
    } catch (err) {
      if (!isAbort(err)) replace(more, <ErrorNote error={err} />);
    } finally {
      list.removeAttribute('aria-busy');
    }
  });

  const relSection =
    relationships instanceof Error ? (
      <ErrorNote error={relationships} />
    ) : !relationships.person || relationships.person.relationships.totalCount === 0 ? (
      <p class="empty">No relationships recorded.</p>
    ) : (
      <ul class="relationships">
        {relationships.person.relationships.edges.map((e) => (
          <RelationshipItem node={e.node} self={p.id} />
        ))}
      </ul>
    );

  replace(
    main,
    <article class="person" data-id={p.id}>
      <ViewHeader kind="Person" of={p} identity={identity} />
      <section aria-labelledby="transfers-heading">
        <h2 id="transfers-heading">Transfers</h2>
        {transfersSection(transfers)}
      </section>
      <section class="timeline-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">
          Timeline {count}
        </h2>
        {filter}
        {list}
        {more}
      </section>
      <section aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">Relationships</h2>
        {relSection}
      </section>
    </article>,
  );
  showPage(p.timeline, false);
}
