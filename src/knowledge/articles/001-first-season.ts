// Facts stated by article 001_847aaf11c6367334 (Defour's first season as KV Mechelen head
// coach, before the cup final). No date printed; the season is resolved by the editors.
// Shared facts first stated elsewhere (head-coach tenure with its record, mentorship by
// Vrancken, cup final qualification) live in their own article files and cite this one too.
import type { FactSeed } from '../../domain/types';
import { ARTICLE, cite, editor, teaser } from '../sources';
import { FIRST_SEASON_EDITOR } from './000-cup-final-reached';

const A = ARTICLE.firstSeason;
const DEFOUR = 'person:steven-defour';
const KVM = 'club:kv-mechelen';

const TOOK_OVER_EDITOR = editor(
  'The articles say Defour followed Buijs and was head coach since October; the editors resolved the year: Buijs was dismissed and Defour took over in October 2022 (2022-10-17).',
  0.9,
);

export const facts: FactSeed[] = [
  {
    id: 'fact:succession:head-coach:kv-mechelen:danny-buijs:steven-defour',
    kind: 'succession',
    type: 'HEAD_COACH',
    start: '2022-10',
    refs: { predecessor: 'person:danny-buijs', successor: DEFOUR, team: KVM },
    details: { note: 'Defour put right what had gone wrong during Buijs\'s spell' },
    sources: [cite(A, 'took over after the spell of Danny Buijs'), cite(ARTICLE.cupFinalReached, 'head coach since October'), TOOK_OVER_EDITOR],
  },
  {
    id: 'fact:tenure:danny-buijs:kv-mechelen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    end: '2022-10',
    refs: { person: 'person:danny-buijs', team: KVM },
    details: { endReason: 'DISMISSED', note: 'Things had gone wrong during his spell.' },
    sources: [
      cite(A, 'head coach before Defour'),
      TOOK_OVER_EDITOR,
      editor('End reason: the article does not say how Buijs left; the editors recorded his dismissal by the club in October 2022.', 0.8),
    ],
  },
  {
    id: 'fact:event:steven-defour:interview:het-nieuwsblad:2022-23',
    kind: 'event',
    type: 'INTERVIEW',
    start: '2022/23',
    refs: { person: DEFOUR, team: KVM },
    details: {
      outlet: 'Het Nieuwsblad',
      role: 'head coach',
      note: 'spoke about his future: the cup is the highest prize within reach for the club, but he has no intention of stopping and wants to move the club forward; a trophy could speed that up',
    },
    sources: [cite(A, 'interview with Het Nieuwsblad about his future'), FIRST_SEASON_EDITOR],
  },
  {
    id: 'fact:event:steven-defour:interview:sporza:2022-23',
    kind: 'event',
    type: 'INTERVIEW',
    start: '2022/23',
    refs: { person: DEFOUR, team: KVM, fact: 'fact:relation:contact:steven-defour:vincent-kompany:2022-23' },
    details: { outlet: 'Sporza', role: 'head coach' },
    sources: [cite(A, 'told Sporza about his contact with Kompany'), FIRST_SEASON_EDITOR],
  },
  {
    id: 'fact:relation:contact:steven-defour:vincent-kompany:2022-23',
    kind: 'relation',
    type: 'CONTACT',
    start: '2022/23',
    refs: { parties: [DEFOUR, 'person:vincent-kompany'] },
    details: {
      topic: 'the cup final: winning trophies as a player versus as a coach',
      note: 'Kompany shared his view: as players they were used to winning prizes, a coach has far less impact from the sideline, and for a club that rarely wins prizes the final is a huge chance.',
    },
    sources: [cite(A, 'contact with Kompany, reported via Sporza'), FIRST_SEASON_EDITOR],
  },

  // Sidebar teaser ("Meest recent"): later than the article, never dated by it.
  {
    id: 'fact:tenure:vincent-kompany:bayern-munchen:head-coach',
    kind: 'tenure',
    type: 'HEAD_COACH',
    refs: { person: 'person:vincent-kompany', team: 'club:bayern-munchen' },
    details: {},
    confidence: 0.5,
    sources: [teaser(A, 'sidebar teaser: Bayern München coached by Vincent Kompany')],
  },
];
