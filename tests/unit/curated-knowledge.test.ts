import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { curatedKnowledge } from '../../src/knowledge';
import { ARTICLE, EDITOR_CURATION } from '../../src/knowledge/sources';
import { fold } from '../../src/domain/fold';
import { parsePartialDate } from '../../src/domain/partial-date';
import type { FactSeed } from '../../src/domain/types';
import { validateBundle } from '../../src/domain/validation';

const { facts, entities } = curatedKnowledge;
const DEFOUR = 'person:steven-defour';
const KVM = 'club:kv-mechelen';

const byId = (id: string): FactSeed => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`missing fact ${id}`);
  return f;
};
const cites = (f: { sources: { source: string }[] }, source: string) => f.sources.some((c) => c.source === source);
const articleSources = Object.values(ARTICLE) as string[];

describe('curated knowledge bundle', () => {
  it('validates: shapes, kind contracts, unique ids, known refs and sources, ordered dates', () => {
    expect(() => validateBundle(curatedKnowledge)).not.toThrow();
  });

  it.each([
    [ARTICLE.retirement, 40],
    [ARTICLE.cupFinalReached, 12],
    [ARTICLE.firstSeason, 10],
    [ARTICLE.successor, 9],
    [ARTICLE.marathon, 9],
  ])('%s is cited by at least %i facts', (source, n) => {
    expect(facts.filter((f) => cites(f, source)).length).toBeGreaterThanOrEqual(n);
  });

  it('gives every fact and entity a source, and every fact at least one article', () => {
    for (const x of [...facts, ...entities]) expect(x.sources.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.sources.some((c) => articleSources.includes(c.source))).toBe(true);
  });

  it('dates a fact from an undated article only with an editor citation', () => {
    // Absolute dates printed in an undated article need no resolving.
    const printed: Record<string, string> = { 'fact:event:father-of-steven-defour:death': '2018' };
    for (const f of facts) {
      if (!f.start && !f.end) continue;
      if (cites(f, ARTICLE.retirement)) continue; // the one article with a printed date
      if (printed[f.id] === f.start && !f.end) continue;
      const editor = f.sources.find((c) => c.source === EDITOR_CURATION);
      expect({ id: f.id, editor: Boolean(editor?.detail) }).toEqual({ id: f.id, editor: true });
      expect(editor!.confidence).toBeGreaterThanOrEqual(0.6);
      expect(editor!.confidence).toBeLessThanOrEqual(0.9);
    }
  });

  it('says who states each way a tenure ended (a source the fact cites) and dates each attested status', () => {
    let stated = 0;
    for (const f of facts) {
      const d = f.details as { endReasons?: { statedBy: string }[]; statusAsOf?: string };
      for (const r of d.endReasons ?? []) {
        expect({ fact: f.id, cited: cites(f, r.statedBy) }).toEqual({ fact: f.id, cited: true });
        stated++;
      }
      if (d.statusAsOf !== undefined) expect(() => parsePartialDate(d.statusAsOf!)).not.toThrow();
    }
    expect(stated).toBeGreaterThan(0);
  });

  it('writes seasons with a slash', () => {
    for (const f of facts) for (const d of [f.start, f.end]) if (d) expect(d).not.toMatch(/^\d{4}-\d{4}$/);
  });
});

describe('Defour as a player', () => {
  const spells = facts
    .filter((f) => f.kind === 'spell' && f.refs.person === DEFOUR && f.type === 'SENIOR')
    .sort((a, b) => (a.details!.order as number) - (b.details!.order as number));

  it('has his 7 senior spells in order with the years', () => {
    expect(spells.map((s) => [s.refs.team, s.start, s.end])).toEqual([
      ['club:krc-genk', '2004', '2006'],
      ['club:standard-liege', '2006', '2011'],
      ['club:fc-porto', '2011', '2014'],
      ['club:rsc-anderlecht', '2014', '2016'],
      ['club:burnley', '2016', '2019'],
      ['club:royal-antwerp', '2019', '2020'],
      ['club:kv-mechelen', '2020', '2021-05-11'],
    ]);
  });

  it('has Genk as his youth club before the senior spells', () => {
    const youth = facts.filter((f) => f.kind === 'spell' && f.type === 'YOUTH' && f.refs.person === DEFOUR);
    expect(youth.map((f) => f.refs.team)).toEqual(['club:krc-genk']);
  });

  it('has one transfer between each pair of consecutive clubs, in the year of the move', () => {
    const transfers = facts.filter((f) => f.kind === 'transfer' && f.refs.person === DEFOUR);
    expect(transfers).toHaveLength(spells.length - 1);
    for (let i = 1; i < spells.length; i++) {
      const t = transfers.find((x) => x.refs.from === spells[i - 1]!.refs.team && x.refs.to === spells[i]!.refs.team);
      expect(t).toBeDefined();
      expect(t!.start).toBe(spells[i]!.start);
      expect(t!.type).toBe('PERMANENT');
    }
    const toStandard = transfers.find((x) => x.refs.to === 'club:standard-liege')!;
    expect(toStandard.details).toMatchObject({ labels: ['controversial'] });
    expect(transfers.filter((x) => (x.details as { labels?: string[] }).labels?.length)).toHaveLength(1);
  });

  it('records 52 caps and 2 goals for Belgium and five titles at year precision', () => {
    const caps = facts.filter((f) => f.kind === 'caps' && f.refs.person === DEFOUR);
    expect(caps).toHaveLength(1);
    expect(caps[0]).toMatchObject({ refs: { team: 'nt:belgium' }, details: { caps: 52, goals: 2 } });
    const honours = facts.filter((f) => f.kind === 'honour').map((f) => [f.refs.team, f.type, f.start]);
    expect(honours.sort()).toEqual(
      [
        ['club:fc-porto', 'LEAGUE_TITLE', '2012'],
        ['club:fc-porto', 'LEAGUE_TITLE', '2013'],
        ['club:standard-liege', 'CUP', '2011'],
        ['club:standard-liege', 'LEAGUE_TITLE', '2008'],
        ['club:standard-liege', 'LEAGUE_TITLE', '2009'],
      ].sort(),
    );
  });

  it('ends with the 2-2 at AA Gent, off after 67 minutes, and retires on 2021-05-11', () => {
    const last = facts.find((f) => f.kind === 'event' && f.type === 'LAST_MATCH_AS_PLAYER')!;
    expect(last).toMatchObject({ start: '2021-05-02', details: { minuteSubstituted: 67 } });
    const match = byId(last.refs.match as string);
    expect(match).toMatchObject({ start: '2021-05-02', refs: { home: 'club:kaa-gent', away: KVM }, details: { homeGoals: 2, awayGoals: 2 } });
    const retirement = facts.find((f) => f.kind === 'event' && f.type === 'RETIREMENT' && f.refs.person === DEFOUR)!;
    expect(retirement.start).toBe('2021-05-11');
    expect(retirement.details).toMatchObject({ cause: 'quadriceps injury' });
    expect(spells.at(-1)!.end).toBe(retirement.start);
  });
});

describe('Defour as a coach', () => {
  const headCoachTenures = facts.filter((f) => f.kind === 'tenure' && f.type === 'HEAD_COACH' && f.refs.team === KVM);

  it('has the succession chain Buijs → Defour → Hasi at KV Mechelen, in date order', () => {
    const successions = facts.filter((f) => f.kind === 'succession' && f.type === 'HEAD_COACH' && f.refs.team === KVM);
    const chain = ['person:danny-buijs'];
    for (;;) {
      const next = successions.find((s) => s.refs.predecessor === chain.at(-1));
      if (!next) break;
      chain.push(next.refs.successor as string);
    }
    expect(chain).toEqual(['person:danny-buijs', DEFOUR, 'person:besnik-hasi']);
    const [first, second] = ['person:danny-buijs', DEFOUR].map((p) => successions.find((s) => s.refs.predecessor === p)!);
    expect(parsePartialDate(first!.start!).hi < parsePartialDate(second!.start!).lo).toBe(true);
  });

  it('records 26 matches: 12 wins, 5 draws, 9 losses, and how the tenure ended', () => {
    const defour = headCoachTenures.find((f) => f.refs.person === DEFOUR)!;
    expect(defour.details).toMatchObject({ record: { matches: 26, wins: 12, draws: 5, losses: 9 }, endReason: 'DISMISSED' });
    expect((defour.details as { endReasons: unknown }).endReasons).toEqual([
      { reason: 'DISMISSED', statedBy: ARTICLE.successor },
      { reason: 'MUTUAL_CONSENT', statedBy: ARTICLE.successor },
      { reason: 'DISMISSED', statedBy: ARTICLE.marathon },
    ]);
    for (const a of [ARTICLE.cupFinalReached, ARTICLE.firstSeason, ARTICLE.successor, ARTICLE.marathon]) expect(cites(defour, a)).toBe(true);
  });

  it('derives Hasi\'s 3 of 6 points in 2 matches as one win and one defeat', () => {
    const hasi = headCoachTenures.find((f) => f.refs.person === 'person:besnik-hasi')!;
    const r = (hasi.details as { record: { matches: number; wins: number; draws: number; losses: number } }).record;
    expect(r).toMatchObject({ matches: 2, wins: 1, draws: 0, losses: 1 });
    expect(r.wins * 3 + r.draws).toBe(3);
  });

  it('starts as assistant under Vrancken on 2021-05-11', () => {
    const assistant = facts.find((f) => f.kind === 'tenure' && f.type === 'ASSISTANT_COACH' && f.refs.person === DEFOUR)!;
    expect(assistant).toMatchObject({ start: '2021-05-11', refs: { team: KVM, under: 'person:wouter-vrancken' } });
  });
});

describe('teasers', () => {
  const teaserFacts = facts.filter((f) => f.sources.some((c) => c.teaser));

  it('marks every sidebar fact as a teaser, at 0.5, and never dates it', () => {
    expect(teaserFacts.map((f) => f.id).sort()).toEqual(
      [
        'fact:tenure:fred-vanderbiest:kv-mechelen:head-coach',
        'fact:tenure:hein-vanhaezebrouck:kaa-gent:head-coach',
        'fact:tenure:vincent-kompany:bayern-munchen:head-coach',
      ].sort(),
    );
    for (const f of teaserFacts) {
      expect(f.start).toBeUndefined();
      expect(f.end).toBeUndefined();
      for (const c of f.sources) expect(c).toMatchObject({ teaser: true, confidence: 0.5 });
    }
  });
});

describe('no copied article text', () => {
  const dir = resolve(__dirname, '../../../shared/articles');
  const tokens = (text: string) => fold(text).split(' ').filter(Boolean);
  const ngrams = (words: string[], n: number) => {
    const out = new Set<string>();
    for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
    return out;
  };

  it('has the five articles to compare against', () => {
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))).toHaveLength(5);
  });

  const copiedRuns = (text: string) => {
    const bundle = ngrams(tokens(text), 8);
    const copied: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const g of ngrams(tokens(readFileSync(join(dir, file), 'utf8')), 8)) if (bundle.has(g)) copied.push(`${file}: ${g}`);
    }
    return copied;
  };

  it('would catch a copied sentence (self-check of the detector)', () => {
    const article = readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
    const sentence = tokens(article).slice(3, 13).join(' ');
    expect(copiedRuns(JSON.stringify({ note: sentence.toUpperCase() })).length).toBeGreaterThan(0);
  });

  it('contains no run of 8 consecutive words from any article', () => {
    expect(copiedRuns(JSON.stringify(curatedKnowledge))).toEqual([]);
  });
});
