// The rows every write path stores (src/services/write/rows.ts): seeding and editing upsert them,
// imports and restores write them in columnar batches, so a fact or an entity is stored alike
// whoever writes it.
import { unkeyed } from '../../src/graph/fact-keys';
import { toColumns } from '../../src/graph/packed';
import { bundleSteps } from '../../src/services/write/bundle';
import { ENTITY_CREATE, FACT_CREATE } from '../../src/services/write/bulk';
import { citationRow, ENTITY_COLUMNS, entityRow, FACT_COLUMNS, factCitationRows, factRow, uniqueCitations } from '../../src/services/write/rows';
import { validateBundle } from '../../src/domain/validation';

const NOW = '2026-01-01T00:00:00.000Z';
const cite = [{ source: 'dataset:t', detail: 'row 1' }];
const bundle = validateBundle(
  {
    sources: [{ id: 'dataset:t', kind: 'DATASET', name: 'Test rows' }],
    entities: [{ id: 'person:a-b', type: 'PERSON', name: 'Ändré Bé', shortName: 'AB', aliases: ['Andre B.'], birth: '1980-04-01..1980-06-30', sources: cite }],
    facts: [{ id: 'fact:spell:a-b:x', kind: 'spell', type: 'SENIOR', start: '2004/05', end: '2006', refs: { person: 'person:a-b', team: 'club:x' }, sources: cite }],
  },
  { has: (id) => id === 'club:x' },
);

describe('stored rows', () => {
  it('store a fact\'s dates as text, precision and the bounds reads compare', () => {
    expect(factRow(bundle.facts[0]!, NOW)).toMatchObject({ startText: '2004/05', startPrecision: 'SEASON', startLo: '2004-07-01', endText: '2006', endPrecision: 'YEAR', endHi: '2006-12-31', details: null, status: 'ACTIVE', confidence: 1 });
  });

  it('are what the small upsert writes and, column for column, what a bulk create writes', () => {
    const steps = bundleSteps(bundle, NOW);
    const entity = (steps.find((s) => s.op === 'entities/upsert')!.params!.rows as Record<string, unknown>[])[0]!;
    const fact = (steps.find((s) => s.op === 'facts/upsert')!.params!.rows as Record<string, unknown>[])[0]!;
    expect(Object.keys(entity).sort()).toEqual(Object.keys(ENTITY_COLUMNS).sort());
    expect(Object.keys(fact).sort()).toEqual(Object.keys(FACT_COLUMNS).sort());
    expect(entity).toMatchObject({ searchText: '|andre be|ab|andre b|', birthText: '1980-04-01..1980-06-30', birthPrecision: 'RANGE' });
    const bulkEntity = toColumns([entityRow(bundle.entities[0]!, NOW)], ENTITY_CREATE);
    for (const [k, col] of Object.entries(bulkEntity)) expect({ k, v: col[1] }).toEqual({ k, v: entity[k] });
    const bulkFact = toColumns([factRow(bundle.facts[0]!, NOW)], FACT_CREATE);
    for (const [k, col] of Object.entries(bulkFact)) if (k !== 'refs') expect({ k, v: col[1] }).toEqual({ k, v: fact[k] });
  });

  it('cite with an empty detail when there is none, a teaser at half confidence', () => {
    expect(citationRow('fact:x', { source: 'article:a', teaser: true })).toEqual({ holder: 'fact:x', source: 'article:a', detail: '', teaser: true, confidence: 0.5 });
    expect(citationRow('fact:x', { source: 'dataset:t' })).toMatchObject({ detail: '', teaser: false, confidence: 1 });
  });

  it('hold one citation per source and detail: an upsert keeps the last given, a bulk create the first', () => {
    const twice = [{ source: 'dataset:t', detail: 'r', confidence: 0.9 }, { source: 'dataset:t', detail: 'r', confidence: 0.7 }];
    expect(uniqueCitations(twice.map((c) => citationRow('fact:x', c))).map((c) => c.confidence)).toEqual([0.7]);
    expect(factCitationRows({ id: 'fact:x', sources: twice }).map((c) => c.confidence)).toEqual([0.9]);
  });
});

describe('lost keys (src/graph/fact-keys.ts)', () => {
  it('are the stored ids the key index does not find, counted as a multiset', () => {
    expect(unkeyed(['a', 'b', 'c'], ['a', 'c'])).toEqual(['b']);
    // Two nodes with one id, one of them found: the other lost its key.
    expect(unkeyed(['a', 'a', 'b'], ['a', 'b'])).toEqual(['a']);
    expect(unkeyed(['a'], ['a'])).toEqual([]);
  });
});
