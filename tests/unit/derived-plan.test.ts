// The derived rebuild reads facts as packed lines (one per ABOUT edge) and plans them one at a
// time: the facts it rebuilds from must be the ones toFact makes of the same data, and the plan
// must give each link once.
import { planDerived, squadId } from '../../src/domain/squads';
import { factsFromLines, LINE_ABSENT as N, LINE_SEP as S } from '../../src/graph/packed';
import type { FactModel } from '../../src/domain/models/facts';
import { toFact } from '../../src/repositories/rows';

interface Stored { id: string; kind: string; type: string | null; startText: string | null; endText: string | null; details: string | null; refs: [string, string][] }

const line = (f: Stored, [role, id]: [string, string], details: boolean) =>
  [f.id, f.kind, f.type ?? N, f.startText ?? N, f.endText ?? N, role, id, ...(details ? [f.details ?? N] : [])].join(S);
const lines = (facts: Stored[], details: boolean) => facts.flatMap((f) => f.refs.map((r) => line(f, r, details)));
// Without details the lines give the fact with empty details (toFact checks a stored fact's
// details against its kind's contract, so it reads them and they are dropped after).
const viaToFact = (f: Stored, details: boolean): FactModel => {
  const fact: FactModel = toFact({ id: f.id, kind: f.kind, type: f.type, startText: f.startText, endText: f.endText, details: f.details, confidence: null, refs: JSON.stringify(f.refs) });
  return details ? fact : { ...fact, details: {} };
};

const stored: Stored[] = [
  { id: 'fact:spell:a:genk:2004', kind: 'spell', type: 'SENIOR', startText: '2004/05', endText: '2006/07', details: null, refs: [['team', 'club:krc-genk'], ['person', 'person:a']] },
  { id: 'fact:tenure:b:genk', kind: 'tenure', type: null, startText: '2021-05-11', endText: null, details: null, refs: [['under', 'person:c'], ['team', 'club:krc-genk'], ['person', 'person:b']] },
  // Two ids in one role, out of order, and a fact whose id is a prefix of another's.
  { id: 'fact:relation:x', kind: 'relation', type: 'FAMILY', startText: null, endText: null, details: null, refs: [['parties', 'person:z'], ['parties', 'person:é'], ['parties', 'person:a']] },
  { id: 'fact:relation:x:2', kind: 'relation', type: '', startText: '2020', endText: '2021-05', details: null, refs: [['person', 'person:a']] },
  { id: 'fact:squad:wc-2014:t-06:p-1', kind: 'squad', type: 'WORLD_CUP', startText: '2014-06-12', endText: '2014-07-13', details: '{"tournament":"2014 FIFA Men\'s World Cup","tournamentId":"WC-2014","note":"a\\u001fb"}', refs: [['person', 'person:a'], ['team', 'nt:belgium']] },
];

describe('factsFromLines', () => {
  it.each([true, false])('gives the facts toFact gives (details: %p)', (details) => {
    const facts = [...factsFromLines(lines(stored, details).reverse(), details)];
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(facts).toHaveLength(stored.length);
    for (const s of stored) {
      const expected = viaToFact(s, details);
      const got = byId.get(s.id)!;
      expect(got).toEqual(expected);
      expect(Object.keys(got.refs)).toEqual(Object.keys(expected.refs));
    }
  });

  it('refuses a line with a field too many', () => {
    expect(() => [...factsFromLines([`fact:x${S}spell${S}${N}${N}${S}${N}${S}${N}${S}person${S}person:a${S}extra`], false)]).toThrow(/fields/);
  });

  it('reads nothing from no lines', () => {
    expect([...factsFromLines([], true)]).toEqual([]);
  });
});

describe('planDerived', () => {
  const today = '2025-01-01';
  const facts = (s: Stored[], details: boolean) => s.map((f) => viaToFact(f, details));

  it('links an entity in two roles of one fact once, in the later role', () => {
    const relation: Stored = { id: 'fact:relation:m', kind: 'relation', type: 'MENTORSHIP', startText: null, endText: null, details: null, refs: [['mentee', 'person:a'], ['person', 'person:a'], ['mentor', 'person:b']] };
    const { links } = planDerived([], facts([relation], false), today);
    expect(links.map((l) => [l.person, l.role])).toEqual(expect.arrayContaining([['person:a', 'person'], ['person:b', 'mentor']]));
    expect(links).toHaveLength(2);
  });

  it('puts overlapping members in one squad and links the team to it', () => {
    const spell = (p: string): Stored => ({ id: `fact:spell:${p}`, kind: 'spell', type: 'SENIOR', startText: '2004/05', endText: '2004/05', details: null, refs: [['person', `person:${p}`], ['team', 'club:krc-genk']] });
    const { squads, links } = planDerived(facts([spell('a'), spell('b')], true), [], today);
    const id = squadId('club:krc-genk', '2004/05');
    expect(squads.map((s) => s.id)).toEqual([id]);
    expect(links.filter((l) => l.squad === id).map((l) => l.person).sort()).toEqual(['club:krc-genk', 'person:a', 'person:b']);
    const keys = links.map((l) => `${l.person}|${l.squad ?? ''}|${l.fact ?? ''}|${l.factId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
