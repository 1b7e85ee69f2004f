// Facts stated by article 000_220396dbe9057725 (KV Mechelen the day after reaching the Belgian
// Cup final, Defour's first season as head coach). The article prints no date; it is the day
// after the semi-final. Years are resolved by the editors (see the editor citations).
import type { FactSeed } from '../../domain/types';
import { ARTICLE, cite, editor } from '../sources';

const A = ARTICLE.cupFinalReached;
const DEFOUR = 'person:steven-defour';
const FATHER = 'person:father-of-steven-defour';
const KVM = 'club:kv-mechelen';

/** Defour's first season as head coach: the articles never print the year. */
export const FIRST_SEASON_EDITOR = editor(
  'Articles 000/001/004 place this in Defour\'s first season as head coach without printing a year; the editors resolved that season to 2022/23 (he replaced Danny Buijs in October 2022; the 2022/23 Belgian Cup final was played on 2023-04-30).',
  0.9,
);

export const facts: FactSeed[] = [
  {
    id: 'fact:tenure:steven-defour:kv-mechelen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    start: '2022-10',
    end: '2023-11',
    refs: { person: DEFOUR, team: KVM },
    details: {
      endReason: 'DISMISSED',
      endReasons: [
        { reason: 'DISMISSED', statedBy: ARTICLE.successor },
        { reason: 'MUTUAL_CONSENT', statedBy: ARTICLE.successor },
        { reason: 'DISMISSED', statedBy: ARTICLE.marathon },
      ],
      record: { matches: 26, wins: 12, draws: 5, losses: 9, asOf: '2022/23', statedBy: ARTICLE.firstSeason, scope: 'UNSTATED' },
      firstInRole: true,
      note: 'In the first season he kept the club comfortably in the league; the next season went less well.',
    },
    sources: [
      cite(A, 'head coach since October, first season'),
      cite(ARTICLE.firstSeason, 'first season as head coach after Buijs; record of 26 matches'),
      cite(ARTICLE.successor, 'dismissed; parted by mutual agreement'),
      cite(ARTICLE.marathon, 'T1 adventure ended with a dismissal in the season after his first'),
      editor('Start: article 000 gives only the month (October) of his first head-coach season; the editors resolved the year to 2022 (Buijs was dismissed and Defour took over on 2022-10-17).', 0.9),
      editor('End: the articles give no date for the dismissal; article 004 places it in the season after his first. The editors resolved it to November 2023 (season 2023/24) from contemporary reports of his departure on 2023-11-02.', 0.85),
      FIRST_SEASON_EDITOR,
    ],
  },
  {
    id: 'fact:event:steven-defour:cup-final-qualification:2022-23',
    kind: 'event',
    type: 'CUP_FINAL_QUALIFICATION',
    start: '2023-02-28',
    refs: { person: DEFOUR, team: KVM },
    details: {
      role: 'head coach',
      note:
        'KV Mechelen reached the Belgian Cup final by winning the semi-final in his first months as head coach; he was very emotional, thought of his late father, and gave the players the next morning off. He stressed that staying up in the league remained the priority, the final being the end-of-season highlight.',
    },
    sources: [
      cite(A, 'qualified for the cup final the evening before the article'),
      cite(ARTICLE.firstSeason, 'took the club to the cup final'),
      cite(ARTICLE.marathon, 'reached the cup final in his first season'),
      editor('The article says only that the semi-final was the evening before; the editors resolved it to the 2022/23 semi-final second leg played on 2023-02-28.', 0.8),
    ],
  },
  {
    id: 'fact:match:2023-02:rfc-seraing:kv-mechelen',
    kind: 'match',
    type: 'LEAGUE',
    start: '2023-02',
    refs: { home: 'club:rfc-seraing', away: KVM },
    details: { competition: 'Jupiler Pro League', homeName: 'Seraing', awayName: 'KV Mechelen' },
    sources: [
      cite(A, 'league match at Seraing earlier in the same week as the semi-final'),
      editor('The article gives only the week of the semi-final; with the semi-final resolved to 2023-02-28 the league match falls in February 2023.', 0.75),
    ],
  },
  {
    id: 'fact:event:steven-defour:league-match:seraing:2023-02',
    kind: 'event',
    type: 'LEAGUE_MATCH',
    start: '2023-02',
    refs: { person: DEFOUR, match: 'fact:match:2023-02:rfc-seraing:kv-mechelen', team: KVM },
    details: { role: 'head coach', place: 'Seraing', note: 'away league match described as crucial in the fight to stay up, in a decisive week for the club' },
    sources: [
      cite(A, 'crucial league match at Seraing, same week'),
      editor('Dated to February 2023 because the semi-final of the same week was played on 2023-02-28.', 0.75),
    ],
  },
  {
    id: 'fact:relation:family:steven-defour:father',
    kind: 'relation',
    type: 'FAMILY',
    refs: { relative: FATHER, person: DEFOUR, team: KVM },
    details: { kinship: 'father' },
    sources: [cite(A, 'his late father, whose club was also KV Mechelen')],
  },
  {
    id: 'fact:support:steven-defour:kv-mechelen',
    kind: 'support',
    refs: { person: DEFOUR, club: KVM },
    details: {},
    sources: [cite(A, 'the club of his heart'), cite(ARTICLE.marathon, 'the club of his heart, KV Mechelen')],
  },
  {
    id: 'fact:support:father-of-steven-defour:kv-mechelen',
    kind: 'support',
    refs: { person: FATHER, club: KVM },
    details: {},
    sources: [cite(A, 'also the club of his late father')],
  },
  {
    id: 'fact:event:father-of-steven-defour:death',
    kind: 'event',
    type: 'DEATH',
    start: '2018',
    refs: { person: FATHER },
    details: {},
    sources: [cite(A, 'his father died in 2018')],
  },
  {
    id: 'fact:event:father-of-steven-defour:burial',
    kind: 'event',
    type: 'BURIAL',
    refs: { person: FATHER, place: 'stadium:achter-de-kazerne' },
    details: { place: 'just behind the KV Mechelen stadium' },
    sources: [cite(A, 'buried right behind the stadium')],
  },
  {
    id: 'fact:tenure:franky-kv-mechelen:kv-mechelen:kit-manager',
    kind: 'tenure',
    type: 'KIT_MANAGER',
    refs: { person: 'person:franky-kv-mechelen', team: KVM },
    details: { attestedOn: '2023-02-28' },
    sources: [
      cite(A, 'the club\'s kit man, at the cup semi-final'),
      editor('Attested on the day of the semi-final the article reports (resolved to 2023-02-28); the article states neither start nor end.', 0.8),
    ],
  },
  {
    id: 'fact:relation:worked-with:steven-defour:franky-kv-mechelen',
    kind: 'relation',
    type: 'WORKED_WITH',
    refs: { parties: [DEFOUR, 'person:franky-kv-mechelen'], team: KVM },
    details: { note: 'after the final whistle of the semi-final the kit man pressed a paper Belgian Cup into Defour\'s hands, saying the trophy would be theirs' },
    sources: [cite(A, 'the kit man\'s paper cup idea')],
  },
  {
    id: 'fact:home-ground:kv-mechelen:achter-de-kazerne',
    kind: 'home-ground',
    type: 'HOME',
    refs: { team: KVM, stadium: 'stadium:achter-de-kazerne' },
    details: {},
    sources: [cite(A, 'the club ground Achter de Kazerne'), cite(ARTICLE.successor, 'Defour still often at Achter de Kazerne')],
  },
];
