// Facts stated by article 002_71773532a5f1564e (Defour retires as a player, May 2021).
import type { FactSeed } from '../../types';
import { ARTICLE } from '../sources';

const src = [{ source: ARTICLE.retirement, detail: 'career summary' }];
const spell = (club: string, order: number, start: string, end: string, level = 'SENIOR'): FactSeed => ({
  id: `fact:spell:steven-defour:${club}`,
  kind: 'spell',
  type: level,
  start,
  end,
  refs: { person: 'person:steven-defour', team: `club:${club}` },
  details: { order },
  sources: src,
});

export const facts: FactSeed[] = [
  spell('krc-genk', 1, '2004', '2006'),
  spell('standard-liege', 2, '2006', '2011'),
  spell('fc-porto', 3, '2011', '2014'),
  spell('rsc-anderlecht', 4, '2014', '2016'),
  spell('burnley', 5, '2016', '2019'),
  spell('royal-antwerp', 6, '2019', '2020'),
  spell('kv-mechelen', 7, '2020', '2021-05-11'),
];
