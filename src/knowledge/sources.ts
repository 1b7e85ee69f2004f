// The founding articles and the curation desk as sources. Facts only: no article text here.
import type { Citation, SourceSeed } from '../domain/types';

export const ARTICLE = {
  retirement: 'article:002_71773532a5f1564e',
  cupFinalReached: 'article:000_220396dbe9057725',
  firstSeason: 'article:001_847aaf11c6367334',
  successor: 'article:003_db66e4b8c880dbf0',
  marathon: 'article:004_ac7a351d2204009c',
} as const;

export const EDITOR_CURATION = 'editor:curation';

/** A citation of one of the founding articles; `detail` says, in our own words, what it states. */
export const cite = (source: string, detail?: string): Citation => ({ source, ...(detail ? { detail } : {}) });

/** A mention taken from an article's sidebar teaser block: never dated by the article. */
export const teaser = (source: string, detail = 'sidebar teaser'): Citation => ({ source, detail, teaser: true, confidence: 0.5 });

/** The editors resolved something (usually a year or a day) the articles leave open. */
export const editor = (detail: string, confidence: number): Citation => ({ source: EDITOR_CURATION, detail, confidence });

export const sources: SourceSeed[] = [
  {
    id: ARTICLE.retirement,
    kind: 'ARTICLE',
    name: 'Defour ends his playing career and joins the KV Mechelen staff',
    language: 'nl',
    published: '2021-05-11',
    citedOutlets: ['Twitter'],
    details: { publishedNote: 'printed as 2021-05; the day comes from the embedded tweet of Tuesday 11 May 2021' },
  },
  {
    id: ARTICLE.cupFinalReached,
    kind: 'ARTICLE',
    name: 'KV Mechelen the day after reaching the Belgian Cup final',
    language: 'nl',
    published: '2023-03-01',
    details: {
      publishedNote: 'no date printed: the day after the cup semi-final, in Defour\'s first season as head coach',
      publishedResolvedBy: 'editors: the 2022/23 semi-final that sent KV Mechelen to the final was played on 2023-02-28, so the article is from the next day',
    },
  },
  {
    id: ARTICLE.firstSeason,
    kind: 'ARTICLE',
    name: 'Defour on his first season as KV Mechelen head coach',
    language: 'nl',
    published: '2023-02-28..2023-04-29',
    citedOutlets: ['Het Nieuwsblad', 'Sporza'],
    details: {
      publishedNote: 'no date printed: after the cup semi-final and before the cup final of Defour\'s first season as head coach',
      publishedResolvedBy: 'editors: between the 2022/23 semi-final (2023-02-28) and the final (2023-04-30)',
    },
  },
  {
    id: ARTICLE.successor,
    kind: 'ARTICLE',
    name: 'Besnik Hasi succeeds Defour; Defour looks abroad',
    language: 'nl',
    published: '2023/24',
    citedOutlets: ['Gazet van Antwerpen'],
    details: {
      publishedNote: 'no date printed: after Defour\'s dismissal, when Hasi had coached two matches',
      publishedResolvedBy: 'editors: Defour left KV Mechelen and Hasi was appointed in November 2023, so the article falls in season 2023/24',
    },
  },
  {
    id: ARTICLE.marathon,
    kind: 'ARTICLE',
    name: 'Defour runs the London Marathon',
    language: 'nl',
    published: '2025-04-28',
    citedOutlets: ['Strava'],
    details: {
      publishedNote: 'no date printed: the day after the London Marathon, Defour aged 37',
      publishedResolvedBy: 'editors: the London Marathon Defour ran was held on 2025-04-27',
    },
  },
  {
    id: EDITOR_CURATION,
    kind: 'EDITOR',
    name: 'Curation desk',
    details: { note: 'Facts added or dated by the project\'s editors; each citation says what was resolved and how.' },
  },
];
