import fs from 'node:fs';
import path from 'node:path';
import { parseClubs, countryOfFile, planClubs } from '../../../src/services/import/openfootball';
import { clusterMentions, naturalIds, PersonIndex, pickMatch, dayNumber, type Mention, type PersonCluster } from '../../../src/services/import/person-resolver';
import type { KnownEntity } from '../../../src/services/import/registry';
import { ImportReport, type ReviewItem } from '../../../src/services/import/report';
import { birthFromAge } from '../../../src/services/import/transfers';
import { DATA_DIR } from '../../support/graph';

const CLUBS_FILE = path.join(DATA_DIR, 'openfootball-clubs', 'europe', 'belgium', 'be.clubs.txt');

describe('openfootball clubs', () => {
  const entries = parseClubs(fs.readFileSync(CLUBS_FILE, 'utf8'), CLUBS_FILE, 'BE', () => {
    throw new Error('the real file has no unreadable line');
  });

  it('reads every club with its aliases, city and founding year, without comments or language tags', () => {
    const anderlecht = entries.find((e) => e.name === 'RSC Anderlecht')!;
    expect(anderlecht).toMatchObject({ founded: 1908, city: 'Brussels', country: 'BE', aliases: ['Anderlecht', 'Royal Sporting Club Anderlecht'] });
    const standard = entries.find((e) => e.name === 'Standard Liège')!;
    expect(standard.aliases).toEqual(expect.arrayContaining(['Standard', 'R. Standard de Liège', 'Standard Lüttich']));
    expect(standard.aliases.some((a) => a.includes('[de]') || a.includes('#'))).toBe(false);
    expect(entries.find((e) => e.name === 'Germinal Beerschot')).toBeDefined();
    expect(countryOfFile('eng.clubs.txt')).toBe('GB-ENG');
  });

  it('joins an entry to the curated club it names and keeps names two entries share with the first', () => {
    const known: KnownEntity[] = [
      { id: 'club:standard-liege', type: 'CLUB', name: 'Standard Liège', names: ['Standard Liège', 'Standard Liege'], country: 'BE', birth: null, nationalities: [], positions: [], details: {}, curated: true, sources: ['article:x'], citations: [] },
    ];
    const report = new ImportReport();
    const plan = planClubs(entries, known, report);
    const standard = plan.entities.get('club:standard-liege')!;
    expect(standard.merge).toEqual({ curated: true });
    expect(standard.spellings).toContain('Royal Standard Club de Liège');
    // "Beerschot AC" is listed under Germinal Beerschot (first) and, folded alike, under K. Beerschot VA.
    const owners = [...plan.entities.values()].filter((d) => d.spellings.includes('Beerschot AC'));
    expect(owners.map((d) => d.id)).toEqual(['club:germinal-beerschot']);
  });
});

describe('people', () => {
  const mention = (event: number, season: number, age: number | null, from: string | null, to: string | null, over: Partial<Mention> = {}): Mention => ({
    key: 'luciano', name: 'Luciano', nationality: 'BR', birth: age === null ? null : birthFromAge(age, season, 'summer'), goalkeeper: false, positions: [], when: season * 2, from, to, event, ...over,
  });

  it('keeps namesakes apart: the Standard defender born 1971 and the Germinal Beerschot goalkeeper born 1980', () => {
    const notes: ReviewItem[] = [];
    const clusters = clusterMentions(
      [
        mention(0, 1997, 26, 'club:gremio', 'club:standard-liege'),
        mention(1, 1998, 27, 'club:standard-liege', null),
        mention(2, 2000, 20, 'club:tombense', 'club:germinal-beerschot', { goalkeeper: true }),
        mention(3, 2007, 27, 'club:germinal-beerschot', 'club:fc-groningen', { goalkeeper: true }),
      ],
      notes,
    );
    expect(clusters.map((c) => c.mentions.map((m) => m.event))).toEqual([[0, 1], [2, 3]]);
    const byName = new Map([['luciano', clusters]]);
    naturalIds(byName, () => 'Luciano');
    expect(clusters.map((c) => c.natural)).toEqual(['person:luciano-1971', 'person:luciano-1980']);
  });

  it('merges one player across years despite an age that is off by one', () => {
    const clusters = clusterMentions([mention(0, 1992, 31, 'a', 'b'), mention(1, 1993, 31, 'b', 'c'), mention(2, 1996, 34, 'c', 'd')], []);
    expect(clusters).toHaveLength(1);
  });

  it('uses the chain of clubs when two namesakes of the same age both fit, and records it when nothing decides', () => {
    const a = mention(0, 2000, 25, 'x', 'club:a', { birth: null });
    const b = mention(1, 2000, 25, 'y', 'club:b', { birth: null, nationality: null });
    const notes: ReviewItem[] = [];
    const two = clusterMentions([a, mention(9, 2000, 25, 'z', 'club:b', { nationality: 'AR' }), mention(2, 2002, 27, 'club:a', 'club:c')], notes);
    expect(two.find((c) => c.mentions.some((m) => m.event === 2))!.mentions.map((m) => m.event)).toEqual([0, 2]);
    const ambiguous = clusterMentions([mention(0, 2000, 25, 'x', 'club:a'), mention(1, 2000, 25, 'y', 'club:b', { nationality: 'AR' }), { ...b, event: 2, when: 4004, from: 'q' }], notes);
    expect(ambiguous).toHaveLength(3);
    expect(notes.some((n) => n.kind === 'person-ambiguous')).toBe(true);
  });

  it('links to a person in the graph only when nothing contradicts, preferring the corroborated one', () => {
    const known = (id: string, birth: string | null, nat: string[]): KnownEntity => ({
      id, type: 'PERSON', name: 'Vincent Kompany', names: ['Vincent Kompany'], country: null,
      birth: birth ? { text: birth, precision: 'DAY', lo: birth, hi: birth } : null, nationalities: nat, positions: [], details: {}, curated: true, sources: ['article:x'], citations: [],
    });
    const index = new PersonIndex([known('person:vincent-kompany', null, [])]);
    const who = { keys: ['vincent kompany'], nationalities: ['BE'], birth: { lo: dayNumber(1985, 6, 2), hi: dayNumber(1986, 9, 30) } };
    expect(pickMatch(index.candidates(who), 'person:vincent-kompany-x')).toMatchObject({ known: { id: 'person:vincent-kompany' }, strength: 0 });
    const contradicted = new PersonIndex([known('person:vincent-kompany', '1970-01-01', ['BE'])]);
    expect(pickMatch(contradicted.candidates(who), 'person:x')).toBeNull();
    const two = new PersonIndex([known('person:a', null, []), known('person:b', null, [])]);
    expect(pickMatch(two.candidates(who), 'person:x')).toBe('ambiguous');
    expect(pickMatch(two.candidates(who), 'person:b')).toMatchObject({ known: { id: 'person:b' } });
  });

  it('gives a lone name a plain id', () => {
    const c = clusterMentions([mention(0, 2006, 18, 'club:krc-genk', 'club:standard-liege', { key: 'steven defour', name: 'Steven Defour' })], []);
    naturalIds(new Map<string, PersonCluster[]>([['steven defour', c]]), () => 'Steven Defour');
    expect(c[0]!.natural).toBe('person:steven-defour');
  });
});
