// Facts stated by article 003_db66e4b8c880dbf0 (Besnik Hasi succeeds Defour at KV Mechelen;
// Defour wants to stay a head coach, abroad). No date printed: after Defour's dismissal, when
// Hasi had coached two matches. Dates are resolved by the editors (see the editor citations).
import type { FactSeed } from '../../domain/types';
import { ARTICLE, cite, editor, teaser } from '../sources';

const A = ARTICLE.successor;
const DEFOUR = 'person:steven-defour';
const HASI = 'person:besnik-hasi';
const KVM = 'club:kv-mechelen';

const CHANGE_EDITOR = editor(
  'The articles give no date for the coaching change; article 004 places the dismissal in the season after Defour\'s first. The editors resolved it to November 2023 (season 2023/24): Defour left on 2023-11-02 and Hasi was appointed the following week.',
  0.85,
);
const SEASON_EDITOR = editor('Article 003 prints no date; with the coaching change resolved to November 2023 the article and its interview fall in season 2023/24.', 0.8);

export const facts: FactSeed[] = [
  {
    id: 'fact:event:steven-defour:dismissal:kv-mechelen',
    kind: 'event',
    type: 'DISMISSAL',
    start: '2023-11',
    refs: { person: DEFOUR, team: KVM },
    details: {
      role: 'head coach',
      note: 'Defour later admitted it had not gone entirely smoothly; a return to the club in a role other than head coach had been discussed, and he remained a familiar face at the stadium.',
    },
    sources: [cite(A, 'Defour dismissed; parted by mutual agreement'), cite(ARTICLE.marathon, 'his spell ended with a dismissal'), CHANGE_EDITOR],
  },
  {
    id: 'fact:succession:head-coach:kv-mechelen:steven-defour:besnik-hasi',
    kind: 'succession',
    type: 'HEAD_COACH',
    start: '2023-11',
    refs: { predecessor: DEFOUR, successor: HASI, team: KVM },
    details: { note: 'the club wanted an experienced, results-driven coach who knows the Belgian league' },
    sources: [cite(A, 'Hasi appointed as the new head coach after Defour'), CHANGE_EDITOR],
  },
  {
    id: 'fact:tenure:besnik-hasi:kv-mechelen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    start: '2023-11',
    refs: { person: HASI, team: KVM },
    details: {
      record: { matches: 2, wins: 1, draws: 0, losses: 1, asOf: '2023/24', statedBy: A, scope: 'UNSTATED', statedPoints: 3, statedMaxPoints: 6 },
    },
    sources: [
      cite(A, 'new head coach; 3 of 6 points in 2 matches'),
      CHANGE_EDITOR,
      editor('Record: the article gives 3 of 6 points from his first 2 matches; at three points for a win that can only be one win and one defeat.', 1),
    ],
  },
  {
    id: 'fact:event:besnik-hasi:appointment:kv-mechelen',
    kind: 'event',
    type: 'APPOINTMENT',
    start: '2023-11',
    refs: { person: HASI, team: KVM },
    details: { role: 'head coach' },
    sources: [cite(A, 'appointed head coach of KV Mechelen'), CHANGE_EDITOR],
  },
  {
    id: 'fact:event:steven-defour:interview:gazet-van-antwerpen:2023-24',
    kind: 'event',
    type: 'INTERVIEW',
    start: '2023/24',
    refs: { person: DEFOUR, exceptClub: 'club:kv-mechelen', fact: 'fact:qualification:steven-defour:uefa-pro' },
    details: {
      outlet: 'Gazet van Antwerpen',
      rolesSought: ['HEAD_COACH'],
      rolesAbroad: ['HEAD_COACH', 'ASSISTANT_COACH'],
      offersFrom: '2024-02',
      excludedCountry: 'Belgium',
      note: 'Abroad it depends on the project and the people involved.',
    },
    sources: [
      cite(A, 'interview with Gazet van Antwerpen on his future'),
      SEASON_EDITOR,
      editor('Offers: he turns everything down until the end of January; with the interview in season 2023/24 that January is January 2024, so clubs may call from February 2024.', 0.8),
    ],
  },
  {
    id: 'fact:qualification:steven-defour:uefa-pro',
    kind: 'qualification',
    type: 'UEFA_PRO',
    refs: { person: DEFOUR },
    details: { status: 'IN_PROGRESS', statusAsOf: '2023/24' },
    sources: [cite(A, 'busy with the Pro Licence course'), SEASON_EDITOR],
  },

  // Sidebar teaser ("Meest recent"): later than the article, never dated by it.
  {
    id: 'fact:tenure:hein-vanhaezebrouck:kaa-gent:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    refs: { person: 'person:hein-vanhaezebrouck', team: 'club:kaa-gent' },
    details: { endReason: 'UNKNOWN', endUnknown: true },
    confidence: 0.5,
    sources: [teaser(A, 'sidebar teaser: Vanhaezebrouck after leaving AA Gent')],
  },
];
