// The founding articles and the curation desk as sources. Facts only: no article text here.
import type { SourceSeed } from '../types';

export const ARTICLE = {
  retirement: 'article:002_71773532a5f1564e',
  cupFinalReached: 'article:000_220396dbe9057725',
  firstSeason: 'article:001_847aaf11c6367334',
  successor: 'article:003_db66e4b8c880dbf0',
  marathon: 'article:004_ac7a351d2204009c',
} as const;

export const EDITOR_CURATION = 'editor:curation';

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
    details: { publishedNote: 'no date printed: the day after the cup semi-final, in Defour\'s first season as head coach' },
  },
  {
    id: ARTICLE.firstSeason,
    kind: 'ARTICLE',
    name: 'Defour on his first season as KV Mechelen head coach',
    language: 'nl',
    citedOutlets: ['Het Nieuwsblad', 'Sporza'],
    details: { publishedNote: 'no date printed: before the cup final of Defour\'s first season as head coach' },
  },
  {
    id: ARTICLE.successor,
    kind: 'ARTICLE',
    name: 'Besnik Hasi succeeds Defour; Defour looks abroad',
    language: 'nl',
    citedOutlets: ['Gazet van Antwerpen'],
    details: { publishedNote: 'no date printed: after Defour\'s dismissal, when Hasi had coached two matches' },
  },
  {
    id: ARTICLE.marathon,
    kind: 'ARTICLE',
    name: 'Defour runs the London Marathon',
    language: 'nl',
    citedOutlets: ['Strava'],
    details: { publishedNote: 'no date printed: the day after the London Marathon, Defour aged 37' },
  },
  {
    id: EDITOR_CURATION,
    kind: 'EDITOR',
    name: 'Curation desk',
    details: { note: 'Facts added or dated by the project\'s editors; each citation says what was resolved and how.' },
  },
];
