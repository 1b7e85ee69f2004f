// Facts stated by article 002_71773532a5f1564e (Defour retires as a player, May 2021).
// The article is dated Tuesday 2021-05-11; relative dates ("Friday", "Monday", "Thursday",
// "last weekend", "earlier this season", "early last month") are resolved against that day.
import type { FactSeed } from '../../domain/types';
import { ARTICLE, cite, editor } from '../sources';

const A = ARTICLE.retirement;
const DEFOUR = 'person:steven-defour';
const KVM = 'club:kv-mechelen';

const career = [cite(A, 'career summary')];
const spell = (club: string, order: number, start: string, end: string, note?: string): FactSeed => ({
  id: `fact:spell:steven-defour:${club}`,
  kind: 'spell',
  type: 'SENIOR',
  start,
  end,
  refs: { person: DEFOUR, team: `club:${club}` },
  details: { order, ...(note ? { note } : {}) },
  sources: career,
});

const transfer = (year: string, from: string, to: string, labels?: string[]): FactSeed => ({
  id: `fact:transfer:steven-defour:${year}:${from}:${to}`,
  kind: 'transfer',
  type: 'PERMANENT',
  start: year,
  refs: { person: DEFOUR, from: `club:${from}`, to: `club:${to}` },
  details: labels ? { labels } : {},
  sources: [cite(A, labels ? 'career summary: the move drew strong reactions' : 'career summary: consecutive clubs')],
});

const honour = (club: string, type: 'LEAGUE_TITLE' | 'CUP', year: string, title: string, country: string): FactSeed => ({
  id: `fact:honour:steven-defour:${club}:${type === 'CUP' ? 'cup' : 'league'}:${year}`,
  kind: 'honour',
  type,
  start: year,
  refs: { person: DEFOUR, team: `club:${club}` },
  details: { title, country },
  sources: [cite(A, 'honours list')],
});

export const facts: FactSeed[] = [
  // Playing career.
  {
    id: 'fact:spell:steven-defour:krc-genk:youth',
    kind: 'spell',
    type: 'YOUTH',
    end: '2004',
    refs: { person: DEFOUR, team: 'club:krc-genk' },
    details: { order: 0 },
    sources: [cite(A, 'career summary: Genk his youth club')],
  },
  spell('krc-genk', 1, '2004', '2006', 'senior career began here'),
  spell('standard-liege', 2, '2006', '2011'),
  spell('fc-porto', 3, '2011', '2014', 'his spell abroad in Portugal'),
  spell('rsc-anderlecht', 4, '2014', '2016'),
  spell('burnley', 5, '2016', '2019', 'English Premier League'),
  spell('royal-antwerp', 6, '2019', '2020'),
  spell('kv-mechelen', 7, '2020', '2021-05-11', 'ended by his retirement on 2021-05-11'),

  transfer('2006', 'krc-genk', 'standard-liege', ['controversial']),
  transfer('2011', 'standard-liege', 'fc-porto'),
  transfer('2014', 'fc-porto', 'rsc-anderlecht'),
  transfer('2016', 'rsc-anderlecht', 'burnley'),
  transfer('2019', 'burnley', 'royal-antwerp'),
  transfer('2020', 'royal-antwerp', 'kv-mechelen'),

  honour('standard-liege', 'LEAGUE_TITLE', '2008', 'Belgian champion', 'BE'),
  honour('standard-liege', 'LEAGUE_TITLE', '2009', 'Belgian champion', 'BE'),
  honour('standard-liege', 'CUP', '2011', 'Belgian Cup', 'BE'),
  honour('fc-porto', 'LEAGUE_TITLE', '2012', 'Portuguese champion', 'PT'),
  honour('fc-porto', 'LEAGUE_TITLE', '2013', 'Portuguese champion', 'PT'),

  {
    id: 'fact:caps:steven-defour:belgium',
    kind: 'caps',
    type: 'SENIOR',
    // The figures as counted on the article's day.
    start: '2021-05-11',
    refs: { person: DEFOUR, team: 'nt:belgium' },
    details: { caps: 52, goals: 2 },
    sources: [cite(A, 'Red Devils record: caps and goals')],
  },

  // The end of his playing career.
  {
    id: 'fact:event:steven-defour:retirement-announced',
    kind: 'event',
    type: 'RETIREMENT_ANNOUNCED',
    start: '2021-04',
    refs: { person: DEFOUR, team: KVM },
    details: { plannedFor: '2020/21' },
    sources: [cite(A, 'announced his farewell at the start of the previous month')],
  },
  {
    id: 'fact:match:2021-05-02:kaa-gent:kv-mechelen',
    kind: 'match',
    type: 'PLAYOFF',
    start: '2021-05-02',
    refs: { home: 'club:kaa-gent', away: KVM },
    details: { homeGoals: 2, awayGoals: 2, competition: 'play-offs for a European ticket', homeName: 'AA Gent', awayName: 'KV Mechelen' },
    sources: [cite(A, 'his last match: away at AA Gent, 2-2; club then in the play-offs')],
  },
  {
    id: 'fact:event:steven-defour:last-match-as-player',
    kind: 'event',
    type: 'LAST_MATCH_AS_PLAYER',
    start: '2021-05-02',
    refs: { person: DEFOUR, match: 'fact:match:2021-05-02:kaa-gent:kv-mechelen', team: KVM },
    details: { minuteSubstituted: 67, place: 'Gent' },
    sources: [cite(A, 'last match of his career, substituted after 67 minutes')],
  },
  {
    id: 'fact:match:2021-05:kv-mechelen:kv-oostende',
    kind: 'match',
    type: 'PLAYOFF',
    start: '2021-05-08..2021-05-09',
    refs: { home: KVM, away: 'club:kv-oostende', venue: 'stadium:achter-de-kazerne', winner: KVM },
    details: { homeGoals: 5, awayGoals: 3, competition: 'play-offs for a European ticket', homeName: 'KV Mechelen', awayName: 'KV Oostende' },
    sources: [
      cite(A, 'KV Mechelen won 5-3 against KV Oostende the weekend before the article'),
      editor('the article gives only the score from Mechelen\'s side and the weekend; the editors resolved from match reports that KV Mechelen played at home (Achter de Kazerne) in the Europe play-offs. Date kept at the weekend the article supports.', 0.85),
    ],
  },
  {
    id: 'fact:event:steven-defour:missed-match:kv-oostende:2021-05',
    kind: 'event',
    type: 'MISSED_MATCH',
    start: '2021-05-08..2021-05-09',
    refs: { person: DEFOUR, match: 'fact:match:2021-05:kv-mechelen:kv-oostende', team: KVM },
    details: { cause: 'injuries' },
    sources: [cite(A, 'no longer played in the win over Oostende')],
  },
  {
    id: 'fact:event:steven-defour:injury:quadriceps:2021-05-07',
    kind: 'event',
    type: 'INJURY',
    start: '2021-05-07',
    refs: { person: DEFOUR, team: KVM },
    details: { cause: 'quadriceps injury', place: 'KV Mechelen training' },
    sources: [cite(A, 'quadriceps problem in Friday training')],
  },
  {
    id: 'fact:event:steven-defour:injury-diagnosis:2021-05-10',
    kind: 'event',
    type: 'DIAGNOSIS',
    start: '2021-05-10',
    refs: { person: DEFOUR, team: KVM },
    details: { cause: 'quadriceps tear', method: 'ultrasound scan', expectedWeeksOut: 3 },
    sources: [cite(A, 'Monday scan found a small tear, three weeks out')],
  },
  {
    id: 'fact:event:steven-defour:retirement',
    kind: 'event',
    type: 'RETIREMENT',
    start: '2021-05-11',
    refs: { person: DEFOUR, team: KVM },
    details: { cause: 'quadriceps injury', medium: 'Twitter', careerYears: 17, plannedFor: '2020/21' },
    sources: [cite(A, 'definitive end of his playing career, announced on Twitter')],
  },

  // The move onto the staff.
  {
    id: 'fact:event:steven-defour:trial-trainings:kv-mechelen-academy',
    kind: 'event',
    type: 'TRIAL_TRAINING',
    start: '2020/21',
    refs: { person: DEFOUR, team: KVM, fact: 'fact:qualification:steven-defour:uefa-a' },
    details: { place: 'KV Mechelen youth academy', role: 'trainee coach' },
    sources: [cite(A, 'trial sessions at the youth academy earlier this season')],
  },
  {
    id: 'fact:qualification:steven-defour:uefa-a',
    kind: 'qualification',
    type: 'UEFA_A',
    refs: { person: DEFOUR },
    details: { status: 'IN_PROGRESS', statusAsOf: '2021-05' },
    sources: [cite(A, 'busy obtaining his coaching diploma, UEFA A licence')],
  },
  {
    id: 'fact:tenure:steven-defour:kv-mechelen:assistant-coach',
    kind: 'tenure',
    type: 'ASSISTANT_COACH',
    start: '2021-05-11',
    end: '2022-10',
    refs: { person: DEFOUR, team: KVM, under: 'person:wouter-vrancken' },
    details: {
      endReason: 'PROMOTED',
      focus: ['individual player coaching', 'young players'],
    },
    sources: [
      cite(A, 'joins the staff as assistant coach, role and focus'),
      editor('end of the assistant role taken as his promotion to head coach in October 2022 (articles 000 and 001 place him head coach since October of his first season)', 0.7),
    ],
  },
  {
    id: 'fact:event:steven-defour:first-day-on-staff',
    kind: 'event',
    type: 'FIRST_DAY_ON_STAFF',
    start: '2021-05-11',
    refs: { person: DEFOUR, team: KVM },
    details: { role: 'assistant coach' },
    sources: [cite(A, 'first day and first training on the staff')],
  },
  {
    id: 'fact:event:steven-defour:presented-as-assistant',
    kind: 'event',
    type: 'PRESS_CONFERENCE',
    start: '2021-05-11',
    refs: { person: [DEFOUR, 'person:wouter-vrancken'], team: KVM },
    details: { role: 'assistant coach', medium: 'online, by webcam', note: 'Vrancken brought him in front of the webcam to announce the news himself.' },
    sources: [cite(A, 'appearance at the digital press conference with Vrancken')],
  },
  {
    id: 'fact:match:2021-05-13:standard-liege:kv-mechelen',
    kind: 'match',
    type: 'PLAYOFF',
    start: '2021-05-13',
    refs: { home: 'club:standard-liege', away: KVM, venue: 'stadium:sclessin' },
    details: { competition: 'play-offs for a European ticket', homeName: 'Standard', awayName: 'KV Mechelen' },
    sources: [cite(A, 'the Thursday match away at Standard, at Sclessin')],
  },
  {
    id: 'fact:event:steven-defour:first-match-on-staff',
    kind: 'event',
    type: 'FIRST_MATCH_ON_STAFF',
    start: '2021-05-13',
    refs: { person: [DEFOUR, 'person:jan-boden'], match: 'fact:match:2021-05-13:standard-liege:kv-mechelen', team: KVM, place: 'stadium:sclessin' },
    details: { role: 'assistant coach', place: 'in the stand, not the dugout' },
    sources: [cite(A, 'first official match in the new role, from the stand')],
  },

  // The staff around him.
  {
    id: 'fact:tenure:wouter-vrancken:kv-mechelen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    refs: { person: 'person:wouter-vrancken', team: KVM },
    details: { attestedOn: '2021-05-11' },
    sources: [cite(A, 'KV Mechelen coach presenting his new assistant'), cite(ARTICLE.firstSeason, 'Defour followed his path at the club')],
  },
  {
    id: 'fact:tenure:jan-boden:kv-mechelen:video-analyst',
    kind: 'tenure',
    type: 'VIDEO_ANALYST',
    refs: { person: 'person:jan-boden', team: KVM },
    details: { attestedOn: '2021-05-13' },
    sources: [cite(A, 'video analyst of the club')],
  },
  {
    id: 'fact:relation:mentorship:wouter-vrancken:steven-defour',
    kind: 'relation',
    type: 'MENTORSHIP',
    refs: { mentor: 'person:wouter-vrancken', mentee: DEFOUR, team: KVM },
    details: { note: 'Defour learned a lot from him and carried on along the same lines as head coach.' },
    sources: [cite(A, 'assistant on Vrancken\'s staff'), cite(ARTICLE.firstSeason, 'learned much from Vrancken and continued his approach')],
  },
  {
    id: 'fact:relation:worked-with:steven-defour:jan-boden',
    kind: 'relation',
    type: 'WORKED_WITH',
    start: '2021-05-11',
    refs: { parties: [DEFOUR, 'person:jan-boden'], team: KVM },
    details: {},
    sources: [cite(A, 'in the stand at Standard with Jan Boden')],
  },
  {
    id: 'fact:home-ground:standard-liege:sclessin',
    kind: 'home-ground',
    type: 'HOME',
    refs: { team: 'club:standard-liege', stadium: 'stadium:sclessin' },
    details: {},
    sources: [cite(A, 'match at Standard played at Sclessin')],
  },
];
