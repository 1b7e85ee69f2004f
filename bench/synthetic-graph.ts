// A deterministic synthetic football graph for measuring path and search queries at the size the
// open-data import reaches (~100k people): careers of consecutive spells at a few hundred clubs
// over thirty seasons (some moves in the winter window), coaches with tenures, mentorships,
// contacts and transfers. Names are built from syllables so search has ~50k distinct names.
import type { GraphEngine } from '../src/graph/engine';
import { rebuildDerived } from '../src/knowledge/derived';
import type { EntitySeed, FactSeed, KnowledgeBundle, SourceSeed } from '../src/knowledge/types';
import { writeBundle } from '../src/knowledge/write';

const SOURCE = 'dataset:synthetic-careers';
const cite = [{ source: SOURCE, detail: 'synthetic row' }];

/** mulberry32: small, fast and deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['jan', 'piet', 'luc', 'marc', 'kevin', 'dries', 'axel', 'thomas', 'yannick', 'romelu', 'eden', 'thibaut', 'toby', 'jan', 'nacer', 'moussa', 'marouane', 'simon', 'hans', 'leander', 'youri', 'michy', 'adnan', 'christian', 'divock', 'dennis', 'timothy', 'jeremy', 'charles', 'arthur', 'lois', 'zeno', 'jelle', 'siebe', 'wout', 'brecht', 'bram', 'tuur', 'mats', 'koen', 'andré', 'josé', 'françois', 'noël', 'zoë', 'éric'];
const SYL = ['van', 'de', 'ver', 'mee', 'ren', 'bos', 'aert', 'hout', 'lier', 'gem', 'mans', 'broe', 'ckx', 'ssens', 'goe', 'dt', 'wyn', 'lae', 'gaer', 'straet', 'hen', 'dri', 'cks', 'peel', 'man', 'kerk', 'hof', 'ber', 'ghe', 'ton', 'ès', 'ël', 'ïs'];

function surname(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYL[Math.floor(r() * SYL.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface SyntheticOptions {
  people: number;
  clubs: number;
  seed?: number;
  /** Entities per stored bundle. */
  chunk?: number;
}

export interface SyntheticSummary { people: number; clubs: number; facts: number; writeMs: number; deriveMs: number; squads: number; links: number }

/** Writes the synthetic graph into an empty, migrated engine and rebuilds the derived links. */
export async function writeSyntheticGraph(engine: GraphEngine, opts: SyntheticOptions): Promise<SyntheticSummary> {
  const r = prng(opts.seed ?? 42);
  const chunk = opts.chunk ?? 5000;
  const source: SourceSeed = { id: SOURCE, kind: 'DATASET', name: 'Synthetic careers (benchmarks only)', licence: 'CC0' };
  const clubIds: string[] = [];
  const clubs: EntitySeed[] = [];
  for (let i = 0; i < opts.clubs; i++) {
    const id = `club:synthetic-${i}`;
    clubIds.push(id);
    clubs.push({ id, type: 'CLUB', name: `${surname(r)} FC ${i}`, aliases: [`SFC${i}`], sources: cite });
  }
  const known = new Set<string>([SOURCE, ...clubIds]);
  const started = Date.now();
  await writeBundle(engine, { sources: [source], entities: clubs, facts: [] });
  let facts = 0;
  const pick = () => clubIds[Math.floor(Math.pow(r(), 1.3) * clubIds.length)]!;
  for (let base = 0; base < opts.people; base += chunk) {
    const bundle: KnowledgeBundle = { sources: [], entities: [], facts: [] };
    for (let i = base; i < Math.min(opts.people, base + chunk); i++) {
      const id = `person:synthetic-${i}`;
      const first = FIRST[Math.floor(r() * FIRST.length)]!;
      bundle.entities.push({ id, type: 'PERSON', name: `${first[0]!.toUpperCase()}${first.slice(1)} ${surname(r)}`, sources: cite });
      let year = 1985 + Math.floor(r() * 34);
      const spells = 1 + Math.floor(r() * 4);
      let prevClub: string | null = null;
      for (let s = 0; s < spells && year < 2021; s++) {
        const club = pick();
        const len = 1 + Math.floor(r() * 3);
        const winter = r() < 0.2;
        const start = winter ? `${year}-01` : String(year);
        const endYear = Math.min(2021, year + len);
        bundle.facts.push({ id: `fact:spell:synthetic-${i}:${s}`, kind: 'spell', type: 'SENIOR', start, end: String(endYear), refs: { person: id, team: club }, details: { order: s + 1 }, sources: cite });
        if (prevClub && prevClub !== club) {
          bundle.facts.push({ id: `fact:transfer:synthetic-${i}:${s}`, kind: 'transfer', type: 'PERMANENT', start, refs: { person: id, from: prevClub, to: club }, details: {}, sources: cite });
        }
        prevClub = club;
        year = endYear;
      }
      if (r() < 0.05 && year < 2021) {
        const club = pick();
        const role = r() < 0.4 ? 'HEAD_COACH' : 'ASSISTANT_COACH';
        bundle.facts.push({ id: `fact:tenure:synthetic-${i}`, kind: 'tenure', type: role, start: `${year}-07`, end: `${Math.min(2021, year + 1 + Math.floor(r() * 3))}-06`, refs: { person: id, team: club }, details: {}, sources: cite });
      }
      if (i > 0 && r() < 0.02) {
        const other = `person:synthetic-${Math.floor(r() * i)}`;
        bundle.facts.push({ id: `fact:relation:synthetic-${i}`, kind: 'relation', type: r() < 0.5 ? 'MENTORSHIP' : 'CONTACT', start: String(1990 + Math.floor(r() * 30)), refs: r() < 0.5 ? { mentor: other, mentee: id } : { parties: [id, other] }, details: {}, sources: cite });
      }
    }
    // Relations may only point back at earlier people; fix the type of contact/mentor refs.
    for (const f of bundle.facts) {
      if (f.kind === 'relation' && f.type === 'CONTACT' && 'mentor' in f.refs) f.type = 'MENTORSHIP';
      if (f.kind === 'relation' && f.type === 'MENTORSHIP' && 'parties' in f.refs) f.type = 'CONTACT';
    }
    facts += bundle.facts.length;
    await writeBundle(engine, bundle, { has: (x) => known.has(x) || x.startsWith('person:synthetic-') });
  }
  const writeMs = Date.now() - started;
  const derived = await rebuildDerived(engine);
  return { people: opts.people, clubs: opts.clubs, facts, writeMs, deriveMs: derived.ms, squads: derived.squads, links: derived.links };
}
