// The connection view: pick two people (or teams), see the shortest paths between them drawn as
// a graph and as a list of hops, each hop with its relation, period, explanation and sources.
// `maxHops`, the allowed relation types and a time window narrow the search.
import { readable } from '../../../domain/wording';
import { ExplorerConnectionsDocument, ExplorerEndsDocument, type ExplorerConnectionsQuery, type Relation } from '../__generated__/operations';
import { isAbort, request } from '../api';
import { createCombobox, type Pick } from '../combobox';
import { h, replace, uid } from '../dom';
import type { DrawnGraph } from '../graph';
import { CitationList, DayInput, EntityLink, ErrorNote, Status } from '../parts';
import { entityHref, MAX_HOPS, type Route } from '../route';
import { RELATION_FILTER, RELATION_PHRASES } from '../words';
import type { ViewContext } from './view';

type ConnectRoute = Extract<Route, { view: 'connect' }>;
type Connections = ExplorerConnectionsQuery['connections'];
type Path = Connections['edges'][number]['node'];
type Hop = Path['hops'][number];

const PAGE = 5;

/** The filter's choices, one per relation pair, in the order the table lists them. */
const CHOICES = [...new Map(Object.values(RELATION_FILTER).map((c) => [c.value, c])).values()];

function HopItem(props: { hop: Hop }): HTMLElement {
  const hop = props.hop;
  const meta = [hop.period.undated ? 'undated' : readable(hop.period.text), hop.team ? `at ${hop.team.name}` : null, hop.seasons.length ? `seasons ${hop.seasons.join(', ')}` : null].filter(Boolean).join(' · ');
  return (
    <li class="hop" data-relation={hop.relation}>
      <div class="hop-line">
        <EntityLink id={hop.from.id} name={hop.from.name} />
        <span class="relation">{` → ${RELATION_PHRASES[hop.relation]} → `}</span>
        <EntityLink id={hop.to.id} name={hop.to.name} />
      </div>
      <div class="hop-meta">{meta}</div>
      <p class="explanation">{readable(hop.explanation)}</p>
      <div class="hop-sources">
        <p class="sources-label">{`Sources (${hop.sources.length})`}</p>
        <CitationList citations={hop.sources} />
      </div>
    </li>
  );
}

function PathItem(props: { path: Path; index: number }): HTMLElement {
  const p = props.path;
  return (
    <li class="path">
      <h3>{`Path ${props.index + 1} · ${p.length} ${p.length === 1 ? 'hop' : 'hops'}`}</h3>
      {p.variants > 1 ? <p class="path-variants">{`One path for ${p.variants} routes through other spells of the same people at the same teams: every season and source is on its hops.`}</p> : null}
      {p.length > 1 ? <p class="path-summary">{p.summary}</p> : null}
      <ol class="hops">
        {p.hops.map((hop) => (
          <HopItem hop={hop} />
        ))}
      </ol>
    </li>
  );
}

async function endsOf(route: ConnectRoute, signal: AbortSignal): Promise<{ from?: Pick; to?: Pick }> {
  const ids = [route.from, route.to].filter((x): x is string => !!x);
  if (ids.length === 0) return {};
  const data = await request(ExplorerEndsDocument, { ids }, signal);
  const picks = new Map<string, Pick>();
  for (const n of data.nodes) if (n && 'name' in n) picks.set(n.id, { id: n.id, name: n.name, kind: n.__typename });
  return { from: route.from ? picks.get(route.from) : undefined, to: route.to ? picks.get(route.to) : undefined };
}

export async function renderConnect(ctx: ViewContext, route: ConnectRoute): Promise<void> {
  const { main, signal } = ctx;
  ctx.setTitle('Connections');
  replace(main, <Status text="Loading…" />);
  const ends = await endsOf(route, signal);
  let graph: DrawnGraph | undefined;
  signal.addEventListener('abort', () => graph?.destroy());

  const types = [...route.types];
  const endTypes = ['PERSON', 'CLUB', 'NATIONAL_TEAM'] as const;
  const fromBox = createCombobox({ label: 'From', types: [...endTypes], initial: ends.from, onPick: () => undefined, name: 'from', placeholder: 'e.g. Steven Defour' });
  const toBox = createCombobox({ label: 'To', types: [...endTypes], initial: ends.to, onPick: () => undefined, name: 'to', placeholder: 'e.g. Vincent Kompany' });
  const hopsId = uid('hops');
  const sinceId = uid('since');
  const untilId = uid('until');
  const hopsSelect = (
    <select id={hopsId} name="maxHops">
      {Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => (
        <option value={String(n)} selected={n === route.maxHops}>
          {String(n)}
        </option>
      ))}
    </select>
  ) as HTMLSelectElement;
  const sinceInput = DayInput({ id: sinceId, name: 'since', value: route.windowFrom });
  const untilInput = DayInput({ id: untilId, name: 'until', value: route.windowTo });
  const typeBoxes = CHOICES.map((c) => (
    <label class="chip">
      <input type="checkbox" name="types" value={c.value} checked={types.includes(c.value)} />
      {c.label}
    </label>
  ));
  const formError = <p class="form-error" role="alert" hidden />;
  const filtersOpen = types.length > 0 || !!route.windowFrom || !!route.windowTo;

  const form = (
    <form class="connect-form" aria-label="Find connections" novalidate>
      <div class="ends">
        {fromBox.element}
        {toBox.element}
      </div>
      <div class="field hops-field">
        <label for={hopsId}>Max hops</label>
        {hopsSelect}
      </div>
      <details class="filters" open={filtersOpen}>
        <summary>Relation types and period</summary>
        <fieldset class="relation-filter">
          <legend>Only these relations (none ticked: all)</legend>
          {typeBoxes}
        </fieldset>
        <fieldset class="window">
          <legend>Only hops dated within (undated hops are left out)</legend>
          <div class="field">
            <label for={sinceId}>From</label>
            {sinceInput}
          </div>
          <div class="field">
            <label for={untilId}>To</label>
            {untilInput}
          </div>
        </fieldset>
      </details>
      {formError}
      <button type="submit">Find connections</button>
    </form>
  );

  const results = <section class="results" aria-labelledby="results-heading" />;
  const title = (
    <h1 id="connect-heading" tabindex="-1">
      {ends.from && ends.to ? `${ends.from.name} ↔ ${ends.to.name}` : 'How are two people connected?'}
    </h1>
  );

  const run = async (r: ConnectRoute, focusResults: boolean) => {
    if (!r.from || !r.to) return;
    graph?.destroy();
    graph = undefined;
    replace(results, <Status text="Searching for paths…" />);
    const variables = {
      from: r.from,
      to: r.to,
      maxHops: r.maxHops,
      relationTypes: r.types.length ? r.types : null,
      window: r.windowFrom || r.windowTo ? { from: r.windowFrom ?? null, to: r.windowTo ?? null } : null,
      first: PAGE,
    };
    let data: Connections;
    try {
      data = (await request(ExplorerConnectionsDocument, { ...variables, after: null }, signal)).connections;
    } catch (err) {
      if (isAbort(err)) return;
      replace(results, <ErrorNote error={err} />);
      return;
    }
    const fromName = fromBox.value()?.name ?? r.from;
    const toName = toBox.value()?.name ?? r.to;
    title.textContent = `${fromName} ↔ ${toName}`;
    ctx.setTitle(`${fromName} ↔ ${toName}`);
    const heading = (
      <h2 id="results-heading" tabindex="-1">
        {data.shortestLength === null
          ? `No connection within ${r.maxHops} ${r.maxHops === 1 ? 'hop' : 'hops'}`
          : `${data.totalCount} shortest ${data.totalCount === 1 ? 'path' : 'paths'} of ${data.shortestLength} ${data.shortestLength === 1 ? 'hop' : 'hops'}`}
      </h2>
    );
    if (data.shortestLength === null) {
      replace(
        results,
        heading,
        <p>{`The graph links ${fromName} and ${toName} by no chain of at most ${r.maxHops} hops${r.types.length ? ' of the chosen relations' : ''}${variables.window ? ' in the chosen period' : ''}. Allow more hops or more relation types.`}</p>,
      );
      if (focusResults) heading.focus();
      return;
    }
    const paths: Path[] = data.edges.map((e) => e.node);
    const canvas = <div class="graph" role="img" aria-label="" />;
    const list = <ol class="paths">{paths.map((p, i) => <PathItem path={p} index={i} />)}</ol>;
    const more = <div class="more" />;
    const describe = () =>
      canvas.setAttribute('aria-label', `Graph of ${paths.length} ${paths.length === 1 ? 'path' : 'paths'} from ${fromName} to ${toName}; the list below gives every hop with its sources.`);
    describe();
    const draw = async () => {
      graph?.destroy();
      try {
        const { drawPaths } = await import('../graph');
        if (signal.aborted) return;
        graph = drawPaths(canvas, paths, r.from!, r.to!, (id) => {
          const href = entityHref(id);
          if (href) location.hash = href;
        });
        canvas.dataset.nodes = String(graph.nodes);
        canvas.dataset.edges = String(graph.edges);
      } catch (err) {
        if (!isAbort(err)) replace(canvas, <ErrorNote error={err} />);
      }
    };
    let cursor = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
    const showMore = () => {
      replace(more);
      if (!cursor) return;
      const button = (<button type="button" class="secondary">{`Show more paths (${paths.length} of ${data.totalCount} shown)`}</button>) as HTMLButtonElement;
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          const next = (await request(ExplorerConnectionsDocument, { ...variables, after: cursor }, signal)).connections;
          const start = paths.length;
          for (const e of next.edges) {
            paths.push(e.node);
            list.append(<PathItem path={e.node} index={paths.length - 1} />);
          }
          cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
          describe();
          showMore();
          void draw();
          (list.children[start]?.querySelector('h3') as HTMLElement | null)?.setAttribute('tabindex', '-1');
          (list.children[start]?.querySelector('h3') as HTMLElement | null)?.focus();
        } catch (err) {
          if (!isAbort(err)) replace(more, <ErrorNote error={err} />);
        }
      });
      more.append(button);
    };
    replace(
      results,
      heading,
      <p class="method">{data.method === 'FILTERED_SEARCH' ? 'Found by a search that checks the filters at every step.' : 'Found by the graph engine’s shortest-path search.'}</p>,
      canvas,
      list,
      more,
    );
    showMore();
    if (focusResults) heading.focus();
    await draw();
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const from = fromBox.value();
    const to = toBox.value();
    const missing = !from ? fromBox : !to ? toBox : null;
    if (missing) {
      formError.textContent = `Choose ${missing === fromBox ? 'where the path starts' : 'where it ends'} from the suggestions.`;
      formError.hidden = false;
      missing.input.focus();
      return;
    }
    const since = sinceInput.day();
    const until = untilInput.day();
    if (since === null || until === null) {
      const bad = since === null ? sinceInput : untilInput;
      formError.textContent = `Not a day: “${bad.value}”. Type day, month and year, e.g. 15-01-2023.`;
      formError.hidden = false;
      bad.focus();
      return;
    }
    formError.hidden = true;
    const chosen = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="types"]:checked')).map((i) => i.value as Relation);
    const next: ConnectRoute = {
      view: 'connect',
      from: from!.id,
      to: to!.id,
      maxHops: Number(hopsSelect.value),
      types: chosen,
      windowFrom: since || undefined,
      windowTo: until || undefined,
    };
    ctx.updateUrl(next, true);
    void run(next, true);
  });

  replace(
    main,
    <article class="connect">
      <header class="view-header">
        <p class="kicker">Connections</p>
        {title}
        <p class="hint">Shortest chains of played-together, coached, same-staff, mentorship, contact, succession and family links, each hop dated and sourced.</p>
      </header>
      {form}
      {results}
    </article>,
  );
  await run(route, false);
}
