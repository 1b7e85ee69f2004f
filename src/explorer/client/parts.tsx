// Pieces every view shows the same way: a view's header, citations (what backs a fact), entity
// links, status lines and day inputs. Their words come from ./words (src/presentation).
import { counterpartWords, dayInputText, parseDayInput, readable } from '../../domain/wording';
import type { CitationFieldsFragment } from './__generated__/operations';
import { h, replace } from './dom';
import { entityHref, formatRoute, type Route } from './route';
import type { ViewContext } from './views/view';

export function EntityLink(props: { id: string; name: string }): HTMLElement {
  const href = entityHref(props.id);
  return href ? <a href={href}>{props.name}</a> : <span>{props.name}</span>;
}

/** A team the graph holds, as a link, or the name a source gives one it does not hold (`no club` for the dataset's "Without Club"). */
export function teamOrName(team: { id: string; name: string } | null | undefined, name: string | null | undefined): HTMLElement | string {
  return team ? <EntityLink id={team.id} name={team.name} /> : counterpartWords(name);
}

/** What a view shows for an id the graph does not hold. */
export function showNotFound(ctx: ViewContext, kind: 'person' | 'club', id: string): void {
  ctx.setTitle('Not found');
  replace(ctx.main, <h1 tabindex="-1">{`No such ${kind}`}</h1>, <p>{`The graph has no ${kind} with the id ${id}.`}</p>);
}

/**
 * The top of a person's or a club's view: kind, name, what is known of it (rows without a value
 * are left out), its id and sources, and a link to the connections from the person or to the club.
 */
export function ViewHeader(props: { kind: 'Person' | 'Club'; of: { id: string; name: string; sources: CitationFieldsFragment[] }; identity: [string, string | HTMLElement | null][] }): HTMLElement {
  const { id, name, sources } = props.of;
  const person = props.kind === 'Person';
  const connect: Route = person ? { view: 'connect', from: id, maxHops: 4, types: [] } : { view: 'connect', to: id, maxHops: 4, types: [] };
  return (
    <header class="view-header">
      <p class="kicker">{props.kind}</p>
      <h1 tabindex="-1">{name}</h1>
      <dl class="identity">
        {props.identity.filter(([, v]) => v !== null).map(([k, v]) => [<dt>{k}</dt>, <dd>{v}</dd>])}
        <dt>Id</dt>
        <dd>
          <code>{id}</code>
        </dd>
      </dl>
      <Sources citations={sources} label={`Sources introducing this ${props.kind.toLowerCase()}`} />
      <p class="actions">
        <a class="button" href={formatRoute(connect)}>
          {`Find connections ${person ? 'from' : 'to'} ${name}`}
        </a>
      </p>
    </header>
  );
}

function shortId(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** One citation: enough to find and check the source. */
export function Citation(props: { citation: CitationFieldsFragment }): HTMLElement {
  const c = props.citation;
  const s = c.source;
  const facts: (HTMLElement | string)[] = [];
  if ('outlet' in s) {
    facts.push(<span class="cite-kind">Article</span>, <code class="cite-id">{shortId(s.id)}</code>);
    facts.push(<span>{s.outlet ?? 'outlet not recorded'}</span>);
    facts.push(<span>{s.published ? `published ${readable(s.published.text)}` : 'date not printed'}</span>);
  } else if ('licence' in s) {
    facts.push(<span class="cite-kind">Dataset</span>, <span>{s.name}</span>);
    facts.push(<span>{`licence ${s.licence ?? 'not stated'}`}</span>);
    if (s.author) facts.push(<span>{`by ${s.author}`}</span>);
  } else {
    facts.push(<span class="cite-kind">Editors</span>, <span>{s.name}</span>);
  }
  return (
    <li class="citation" data-source={s.id}>
      <div class="cite-head">{facts}</div>
      {'outlet' in s ? <div class="cite-title">{s.name}</div> : null}
      {c.detail ? <div class="cite-detail">{`“${c.detail}”`}</div> : null}
      {'licence' in s && s.url ? <div class="cite-url">{s.url}</div> : null}
      {'note' in s && s.note && !c.detail ? <div class="cite-detail">{s.note}</div> : null}
      {c.teaser || c.confidence < 1 ? (
        <div class="cite-flags">
          {c.teaser ? <span class="flag">sidebar teaser only</span> : null}
          {c.confidence < 1 ? <span class="flag">{`confidence ${Math.round(c.confidence * 100)}%`}</span> : null}
        </div>
      ) : null}
    </li>
  );
}

export function CitationList(props: { citations: CitationFieldsFragment[] }): HTMLElement {
  return <ul class="citations">{props.citations.map((c) => <Citation citation={c} />)}</ul>;
}

/** Sources one click away: a disclosure that names how many there are. */
export function Sources(props: { citations: CitationFieldsFragment[]; label?: string }): HTMLElement {
  const n = props.citations.length;
  const kinds = new Set(props.citations.map((c) => c.source.kind));
  const hint = [kinds.has('ARTICLE') ? 'article' : '', kinds.has('DATASET') ? 'dataset' : '', kinds.has('EDITOR') ? 'editors' : ''].filter(Boolean).join(', ');
  return (
    <details class="sources">
      <summary>{`${props.label ?? 'Sources'} (${n}${hint ? `: ${hint}` : ''})`}</summary>
      <CitationList citations={props.citations} />
    </details>
  );
}

/** A polite status line for loading and empty states. */
export function Status(props: { text: string }): HTMLElement {
  return (
    <p class="status" role="status">
      {props.text}
    </p>
  );
}

export function ErrorNote(props: { error: unknown }): HTMLElement {
  const err = props.error as { message?: string; code?: string };
  return (
    <div class="error" role="alert">
      <strong>Could not load this.</strong> {err.message ?? String(props.error)}
      {err.code ? <span class="code">{` (${err.code})`}</span> : null}
    </div>
  );
}

/**
 * A day typed day first (`15-01-2023`; `/` or `.` also do, and ISO `2023-01-15`), whatever the
 * browser's locale: a native date input would show the US order in an en-US browser. `day()`
 * reads it as an ISO day, '' when empty, null when it is not a calendar day.
 */
export function DayInput(props: { id: string; name: string; value?: string; required?: boolean; describedBy?: string }): HTMLInputElement & { day(): string | null } {
  const input = (
    <input
      id={props.id}
      type="text"
      name={props.name}
      inputmode="numeric"
      autocomplete="off"
      placeholder="dd-mm-yyyy"
      pattern="\d{1,2}[\-/.]\d{1,2}[\-/.]\d{4}|\d{4}-\d{2}-\d{2}"
      title="Day, month, year: dd-mm-yyyy"
      size={10}
      value={props.value ? dayInputText(props.value) : ''}
      required={props.required}
      aria-describedby={props.describedBy}
    />
  ) as HTMLInputElement & { day(): string | null };
  input.day = () => (input.value.trim() === '' ? '' : parseDayInput(input.value));
  return input;
}
