// Facts stated by article 004_ac7a351d2204009c (Defour runs the London Marathon; looking back
// on his head-coach spell). No date printed: the day after the marathon. Dates are resolved by
// the editors (see the editor citations).
import type { FactSeed } from '../../domain/types';
import { ARTICLE, cite, editor, teaser } from '../sources';

const A = ARTICLE.marathon;
const DEFOUR = 'person:steven-defour';
const KVM = 'club:kv-mechelen';
const FINAL = 'fact:match:2023-04-30:kv-mechelen:royal-antwerp';

const FINAL_EDITOR = editor(
  'Article 004 says only that the final of his first season was lost to Antwerp. The editors resolved it to the 2022/23 Belgian Cup final of 2023-04-30 at the King Baudouin Stadium, KV Mechelen listed first, lost 0-2.',
  0.9,
);
const MARATHON_EDITOR = editor(
  'Article 004 says the marathon was run the day before publication and prints no year; the editors resolved it to the London Marathon of 2025-04-27 (Defour aged 37 then fits his age).',
  0.9,
);
const AFTER_DISMISSAL_EDITOR = editor(
  'Article 004 places this after his dismissal and before the marathon; the editors bounded it between the dismissal (resolved to November 2023) and the marathon (resolved to 2025-04-27). No closer date is stated.',
  0.7,
);

export const facts: FactSeed[] = [
  {
    id: FINAL,
    kind: 'match',
    type: 'CUP',
    start: '2023-04-30',
    refs: { home: KVM, away: 'club:royal-antwerp', venue: 'stadium:koning-boudewijnstadion', winner: 'club:royal-antwerp' },
    details: { homeGoals: 0, awayGoals: 2, stage: 'final', competition: 'Belgian Cup', homeName: 'KV Mechelen', awayName: 'Antwerp' },
    sources: [
      cite(A, 'cup final of his first season lost to a stronger Antwerp'),
      cite(ARTICLE.cupFinalReached, 'final reached; to be played at the Heizel at season end'),
      FINAL_EDITOR,
    ],
  },
  {
    id: 'fact:event:steven-defour:cup-final:2023',
    kind: 'event',
    type: 'CUP_FINAL',
    start: '2023-04-30',
    refs: { person: DEFOUR, match: FINAL, team: KVM, place: 'stadium:koning-boudewijnstadion' },
    details: { role: 'head coach' },
    sources: [cite(A, 'cup final lost to Antwerp'), FINAL_EDITOR],
  },
  {
    id: 'fact:tenure:steven-defour:tv-analyst',
    kind: 'tenure',
    type: 'TV_ANALYST',
    start: '2023-11-01..2025-04-28',
    refs: { person: DEFOUR },
    details: {},
    sources: [cite(A, 'working as an analyst since his dismissal'), AFTER_DISMISSAL_EDITOR],
  },
  {
    id: 'fact:event:steven-defour:london-marathon',
    kind: 'event',
    type: 'MARATHON',
    start: '2025-04-27',
    refs: { person: DEFOUR, supporters: 'person:isabel-stams' },
    details: {
      place: 'London',
      time: '3:26',
      amountRaised: { amount: 4500, currency: 'EUR', atLeast: true },
      beneficiary: 'Kinderfonds Ronald McDonald (Brussels)',
      fundraising: 'crowdfunding',
      trackedWith: 'Strava',
      note: 'He took up running intensively with finishing a marathon as his goal; family and friends cheered him on.',
    },
    sources: [cite(A, 'ran the London Marathon in 3h26 for charity'), MARATHON_EDITOR],
  },
  {
    id: 'fact:relation:marriage:steven-defour:isabel-stams',
    kind: 'relation',
    type: 'MARRIAGE',
    start: '2023-11-01..2025-04-27',
    refs: { spouses: [DEFOUR, 'person:isabel-stams'] },
    details: {},
    sources: [cite(A, 'his wife; wedding prepared after his dismissal'), AFTER_DISMISSAL_EDITOR],
  },

  // Sidebar teaser ("Meest recent"): later than the article, never dated by it.
  {
    id: 'fact:tenure:fred-vanderbiest:kv-mechelen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    refs: { person: 'person:fred-vanderbiest', team: KVM },
    details: { note: 'A strong start as T1.' },
    confidence: 0.5,
    sources: [teaser(A, 'sidebar teaser: Vanderbiest started as T1 at KV Mechelen')],
  },
];
