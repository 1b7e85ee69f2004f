// The explorer's words, every one from src/domain/wording.ts (which the server's sentences
// use too): typed here by the generated enums, so a value added to the schema fails the typecheck
// until the shared module names it. No DOM, so tests/unit/wording.test.ts can hold it to the API.
import {
  periodWords,
  readable,
  RELATION_CHOICE_WORDS,
  RELATION_WORDS,
  RELATIONSHIP_TYPE_WORDS,
  SEARCH_FIELD_WORDS,
  STAFF_EVIDENCE_WORDS,
  TENURE_END_WORDS,
  TIMELINE_KIND_WORDS,
  TRANSFER_TYPE_WORDS,
} from '../../domain/wording';
import type { Relation, RelationType, SearchField, StaffEvidence, TenureEnd, TimelineKind, TransferType } from './__generated__/operations';

export const TIMELINE_KINDS: Record<TimelineKind, string> = TIMELINE_KIND_WORDS;

/** How a hop reads from its `from` end to its `to` end (the server's path summaries use the same words). */
export const RELATION_PHRASES: Record<Relation, string> = RELATION_WORDS;

/** The relation filter, one choice per pair: the API treats either relation of a pair as both. */
export const RELATION_FILTER: Record<Relation, { value: Relation; label: string }> = RELATION_CHOICE_WORDS;

export const RELATIONSHIP_TYPES: Record<RelationType, string> = RELATIONSHIP_TYPE_WORDS;

export const STAFF_EVIDENCE: Record<StaffEvidence, string> = STAFF_EVIDENCE_WORDS;

export const END_REASONS: Record<TenureEnd, string> = TENURE_END_WORDS;

export const TRANSFER_TYPES: Record<TransferType, string> = TRANSFER_TYPE_WORDS;

export const SEARCH_FIELDS: Record<SearchField, string> = SEARCH_FIELD_WORDS;

interface DateText {
  text: string;
}

/** A partial date in words: `11 May 2021`, `Nov 2023`, `2022/23`, `between Nov 2023 and Apr 2025`. */
export const when = (d: DateText): string => readable(d.text);

/** `2004–2006`, `since Nov 2023`, `until 2004`, or `undated`: the API's period of the same dates, in words. */
export const period = (start: DateText | null | undefined, end: DateText | null | undefined): string => periodWords(start?.text, end?.text);
