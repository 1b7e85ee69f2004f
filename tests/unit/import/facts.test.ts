import { parseArgs } from '../../../src/cli/import-args';
import { ImportError } from '../../../src/services/import/errors';
import { spellsFrom } from '../../../src/services/import/transfers';
import { toColumns } from '../../../src/graph/packed';
import { compare } from '../../../src/services/disagreements';
import { parsePartialDate } from '../../../src/domain/partial-date';
import { FactChecker, KnowledgeError } from '../../../src/domain/validation';
import type { AnyFact, FactModel } from '../../../src/domain/models/facts';

type Ev = Parameters<typeof spellsFrom>[0][number];
const move = (season: number, window: 'summer' | 'winter', from: string | null, to: string | null): Ev =>
  ({ season, window, from: { id: from, name: from ?? 'Without Club' }, to: { id: to, name: to ?? 'Retired' }, rows: [], when: season * 2 + (window === 'winter' ? 1 : 0) }) as unknown as Ev;

describe('spells from consecutive transfers', () => {
  it('runs from the arrival season to the last season before a summer departure', () => {
    // Besnik Hasi: Genk → Anderlecht (summer 2000), Anderlecht → Lokeren (winter 2005/06), Cercle → Retired (summer 2008).
    const spells = spellsFrom([move(2000, 'summer', 'genk', 'anderlecht'), move(2005, 'winter', 'anderlecht', 'lokeren'), move(2007, 'summer', 'lokeren', 'cercle'), move(2008, 'summer', 'cercle', null)]);
    expect(spells.map((s) => [s.team, s.start, s.end, s.inferredStart])).toEqual([
      ['genk', 1999, 1999, true],
      ['anderlecht', 2000, 2005, false],
      ['lokeren', 2005, 2006, false],
      ['cercle', 2007, 2007, false],
    ]);
  });

  it('leaves the last spell open and drops a stay of no season', () => {
    const spells = spellsFrom([move(2010, 'summer', 'a', 'b'), move(2010, 'summer', 'b', 'c')]);
    expect(spells.map((s) => [s.team, s.start, s.end])).toEqual([
      ['a', 2009, 2009],
      ['c', 2010, null],
    ]);
  });
});

describe('writer parameters', () => {
  it('writes columns led by a typed placeholder, so a column null in every row still has a type', () => {
    const cols = toColumns([{ id: 'a', birth: null, aliases: undefined }, { id: 'b', birth: null }], { id: 'string', birth: 'string', aliases: 'strings' });
    expect(cols).toEqual({ id: ['', 'a', 'b'], birth: ['', null, null], aliases: [[''], [], []] });
  });

  it('checks every fact against its kind contract', () => {
    const checker = new FactChecker();
    const base = { id: 'fact:transfer:x:2006-summer:a:b', kind: 'transfer' as const, type: 'PERMANENT', start: '2006/07', refs: { person: 'person:x', from: 'club:a', to: 'club:b' }, details: { fee: 1, window: 'summer' }, sources: [{ source: 'dataset:t' }] };
    expect(() => checker.check(base)).not.toThrow();
    expect(() => checker.check({ ...base, id: 'fact:transfer:y', details: { fee: 1, window: 'spring' } })).toThrow(KnowledgeError);
    expect(() => checker.check({ ...base, id: 'fact:transfer:z', refs: { ...base.refs, team: 'club:c' } })).toThrow(/refs/);
    expect(() => checker.check({ ...base, sources: [] })).toThrow(/no source/);
    expect(() => checker.check({ ...base, id: 'fact:Transfer' })).toThrow(/malformed/);
  });
});

describe('import command line', () => {
  it('takes a source and a path, and refuses anything else with a usage error', () => {
    expect(parseArgs(['all', '../shared/data'])).toMatchObject({ source: 'all', quiet: false });
    expect(parseArgs(['transfers', 'x', '--batch-size', '1000', '--abort-after-batches', '3', '--quiet'])).toMatchObject({ batchSize: 1000, abortAfterBatches: 3, quiet: true });
    for (const bad of [[], ['players', 'x'], ['all'], ['all', 'x', 'y'], ['all', 'x', '--batch-size', 'many'], ['all', 'x', '--frobnicate', '1']]) {
      expect(() => parseArgs(bad)).toThrow(ImportError);
      try {
        parseArgs(bad);
      } catch (err) {
        expect((err as ImportError).exitCode).toBe(2);
      }
    }
  });
});

describe('disagreements', () => {
  const fact = (id: string, kind: 'transfer' | 'spell', start: string, refs: Record<string, string>, details: Record<string, unknown> = {}, end?: string): AnyFact =>
    // The details given follow the transfer and spell contracts.
    ({
      id, kind, type: kind === 'spell' ? 'SENIOR' : 'PERMANENT', start: parsePartialDate(start), end: end ? parsePartialDate(end) : null, details, confidence: 1,
      refs: Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, [v]])),
    }) as AnyFact;
  const move = { person: 'person:vincent-kompany', from: 'club:rsc-anderlecht', to: 'club:hamburger-sv' };

  it('finds a move dated differently by an article and by the dataset', () => {
    const d = compare(fact('fact:a', 'transfer', '2005', move), fact('fact:d', 'transfer', '2006/07', move, { window: 'summer', fromName: 'RSC Anderlecht', toName: 'Hamburger SV' }));
    expect(d).toMatchObject({ aspect: 'DATE', summary: 'RSC Anderlecht → Hamburger SV: the curated sources say 2005, the dataset 2006/07 (summer window)' });
  });

  it('sees no disagreement when the window falls in the curated year, and a fee disagreement when fees differ', () => {
    expect(compare(fact('fact:a', 'transfer', '2006', move), fact('fact:d', 'transfer', '2006/07', move, { window: 'summer' }))).toBeNull();
    expect(compare(fact('fact:a', 'transfer', '2006', move, { fee: 9000000 }), fact('fact:d', 'transfer', '2006/07', move, { window: 'summer', fee: 10500000 }))?.aspect).toBe('FEE');
  });

  it('compares spells at the same team by the seasons they cover', () => {
    const team = { person: 'person:x', team: 'club:a' };
    expect(compare(fact('fact:a', 'spell', '2004', team, {}, '2006'), fact('fact:d', 'spell', '2004/05', team, {}, '2005/06'))).toBeNull();
    expect(compare(fact('fact:a', 'spell', '2004', team, {}, '2006'), fact('fact:d', 'spell', '2005/06', team, {}, '2007/08'))?.aspect).toBe('DATE');
    expect(compare(fact('fact:a', 'spell', '2004', team, {}, '2006'), fact('fact:d', 'spell', '2010/11', team, {}, '2011/12'))).toBeNull();
  });
});
