// Sources and citations as repositories return them.
import type { PartialDate } from '../partial-date';
import type { SourceKind } from '../__generated__/schema-types';

export type { SourceKind };

export interface SourceModel {
  id: string;
  kind: SourceKind;
  name: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: PartialDate | null;
  citedOutlets: string[];
  licence: string | null;
  author: string | null;
  url: string | null;
  details: Record<string, unknown>;
}

export interface CitationModel {
  sourceId: string;
  detail: string | null;
  teaser: boolean;
  confidence: number;
}
