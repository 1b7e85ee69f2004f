// Pieces every view shows the same way: citations (what backs a fact), dates, entity links and
// readable labels for the API's enums. The words come from src/presentation/wording.ts, which the
// server shares; the tables are typed here by the generated enums, so a value added to the schema
// fails the typecheck until the shared module names it.
import {
  dayInputText,
  parseDayInput,
  readable,
  RELATION_WORDS,
  RELATIONSHIP_TYPE_WORDS,
  STAFF_EVIDENCE_WORDS,
  TENURE_END_WORDS,
  TIMELINE_KIND_WORDS,
  TRANSFER_TYPE_WORDS,
} from '../../presentation/wording';
import type { CitationFieldsFragment, Relation, RelationType, StaffEvidence, TenureEnd, TimelineKind, TransferType } from './__generated__/operations';
import { h } from './dom';
import { entityHref } from './route';

export const TIMELINE_KINDS: Record<TimelineKind, string> = TIMELINE_KIND_WORDS;

/** How a hop reads from its `from` end to its `to` end (the server's path summaries use the same words). */
export const RELATION_PHRASES: Record<Relation, string> = RELATION_WORDS;

/**
 * The relation filter, one choice per pair: the API treats either relation of a pair as both.
 * Every relation maps to its choice, so the table is complete by type.
 */
export const RELATION_FILTER: Record<Relation, { value: Relation; label: string }> = (() => {
  const choice = (value: Relation, label: string) => ({ value, label });
  const played = choice('PLAYED_TOGETHER', 'Played together');
  const staff = choice('SAME_STAFF', 'Same staff');
  const coached = choice('COACHED', 'Coach and player');
  const club = choice('SAME_CLUB', 'Same club (player and staff)');
  const mentor = choice('MENTORED', 'Mentorship');
  const contact = choice('IN_CONTACT', 'In contact');
  const worked = choice('WORKED_WITH', 'Worked with');
  const succession = choice('SUCCEEDED', 'Succession');
  const family = choice('FAMILY', 'Family');
  const married = choice('MARRIED', 'Marriage');
  const playedFor = choice('PLAYED_FOR', 'Player of a team');
  const workedAt = choice('WORKED_AT', 'Staff of a team');
  const transfer = choice('TRANSFER', 'Transfer between teams');
  return {
    PLAYED_TOGETHER: played,
    SAME_STAFF: staff,
    COACHED: coached,
    COACHED_BY: coached,
    SAME_CLUB: club,
    MENTORED: mentor,
    MENTORED_BY: mentor,
    IN_CONTACT: contact,
    WORKED_WITH: worked,
    SUCCEEDED: succession,
    SUCCEEDED_BY: succession,
    FAMILY: family,
    MARRIED: married,
    PLAYED_FOR: playedFor,
    HAD_PLAYER: playedFor,
    WORKED_AT: workedAt,
    EMPLOYED: workedAt,
    TRANSFER: transfer,
  };
})();

export const RELATIONSHIP_TYPES: Record<RelationType, string> = RELATIONSHIP_TYPE_WORDS;

export const STAFF_EVIDENCE: Record<StaffEvidence, string> = STAFF_EVIDENCE_WORDS;

export const END_REASONS: Record<TenureEnd, string> = TENURE_END_WORDS;

export const TRANSFER_TYPES: Record<TransferType, string> = TRANSFER_TYPE_WORDS;

interface DateText {
  text: string;
}

/** A partial date in words: `11 May 2021`, `Nov 2023`, `2022/23`, `between Nov 2023 and Apr 2025`. */
export const when = (d: DateText): string => readable(d.text);

/** `2004 – 2006`, `since Nov 2023`, `until 2004`, or `undated`. */
export function period(start: DateText | null | undefined, end: DateText | null | undefined): string {
  if (start && end) return start.text === end.text ? when(start) : `${when(start)} – ${when(end)}`;
  if (start) return `since ${when(start)}`;
  if (end) return `until ${when(end)}`;
  return 'undated';
}

export function EntityLink(props: { id: string; name: string }): HTMLElement {
  const href = entityHref(props.id);
  return href ? <a href={href}>{props.name}</a> : <span>{props.name}</span>;
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
