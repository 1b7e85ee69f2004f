// A deterministic synthetic football graph for benchmarks, from 10k to 1M people: careers of 3–12
// consecutive spells of 1–3 seasons (a transfer between clubs), at a number of clubs chosen so a
// club has 25–40 players a season on average, head coaches at every club over the years, and a
// few mentorships and contacts. Names are built from syllables so search has many distinct names.
// `syntheticChunks` generates it (the same graph for the same options, whatever writes it); two
// writers take it:
// - writeSyntheticGraph (here): the importers' batched write path (src/services/write/bulk.ts:
//   BatchRunner and the columnar `*/create-batch` operations, a fact written with its links and
//   citations in one batch), then the derived squads and links unless told not to. ~280 people/s:
//   bench:paths and bench:search use it for their graphs of up to 100k people;
// - bench/bulk/ (the benchmark graphs `--graph synthetic:<n>`): CSV files and each engine's bulk
//   load, 1M people in minutes.
import type { GraphEngine } from '../src/graph/engine';
import type { OperationName } from '../src/graph/operations';
import { toColumns } from '../src/graph/packed';
import { FactChecker } from '../src/domain/validation';
import { ABOUT, BatchRunner, FACT_CREATE } from '../src/services/write/bulk';
import { aboutRows, factRefs } from '../src/domain/refs';
import { rebuildDerived } from '../src/services/derived/rebuild';
import { searchText } from '../src/domain/fold';
import { parsePartialDate, seasonOf } from '../src/domain/partial-date';
import type { FactSeed } from '../src/domain/types';
import { writeBundle } from '../src/services/write/bundle';

export const SYNTHETIC_SOURCE = 'dataset:synthetic-careers';
const SOURCE = SYNTHETIC_SOURCE;
/** The Source node every synthetic entity and fact cites. */
export const SYNTHETIC_SOURCE_SEED = { id: SOURCE, kind: 'DATASET' as const, name: 'Synthetic careers (benchmarks only)', licence: 'CC0' };
/** Seasons careers fall in: 1970/71 … 2024/25. */
const FIRST_SEASON = 1970;
const LAST_SEASON = 2024;
/** Players a club has in a season, on average (the issue asks for 25–40). */
const SQUAD_SIZE = 32;

/** mulberry32: small, fast and deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['jan', 'piet', 'luc', 'marc', 'kevin', 'dries', 'axel', 'thomas', 'yannick', 'romelu', 'eden', 'thibaut', 'toby', 'nacer', 'moussa', 'marouane', 'simon', 'hans', 'leander', 'youri', 'michy', 'adnan', 'christian', 'divock', 'dennis', 'timothy', 'jeremy', 'charles', 'arthur', 'lois', 'zeno', 'jelle', 'siebe', 'wout', 'brecht', 'bram', 'tuur', 'mats', 'koen', 'andré', 'josé', 'françois', 'noël', 'zoë', 'éric'];
const SYL = ['van', 'de', 'ver', 'mee', 'ren', 'bos', 'aert', 'hout', 'lier', 'gem', 'mans', 'broe', 'ckx', 'ssens', 'goe', 'dt', 'wyn', 'lae', 'gaer', 'straet', 'hen', 'dri', 'cks', 'peel', 'man', 'kerk', 'hof', 'ber', 'ghe', 'ton', 'ès', 'ël', 'ïs'];

function surname(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYL[Math.floor(r() * SYL.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface SyntheticOptions {
  people: number;
  /** Default: enough clubs for ~32 players a club a season. */
  clubs?: number;
  seed?: number;
  /** Rows per committed batch (the importers' default is 5000). */
  batchSize?: number;
  /** Rebuild the derived squads and links afterwards (default true; paths need them). */
  derive?: boolean;
  /** Progress lines (e.g. to stderr). */
  log?: (line: string) => void;
}

export interface SyntheticSummary {
  people: number;
  clubs: number;
  facts: number;
  spells: number;
  /** Players per club and season: mean, 10th and 90th percentile. */
  squadSize: { mean: number; p10: number; p90: number };
  writeMs: number;
  deriveMs: number | null;
  squads: number | null;
  links: number | null;
}

/** Average seasons of a career: 7.5 spells of 2 seasons, cut at the last season. */
const AVERAGE_SEASONS = 14;

export function defaultClubs(people: number): number {
  return Math.max(8, Math.round((people * AVERAGE_SEASONS) / ((LAST_SEASON - FIRST_SEASON + 1) * SQUAD_SIZE)));
}

const ENTITY = { id: 'string', type: 'string', name: 'string', shortName: 'string', aliases: 'strings', city: 'string', country: 'string', birthText: 'string', birthPrecision: 'string', nationalities: 'strings', positions: 'strings', searchText: 'string', details: 'string', updatedAt: 'string' } as const;
const CITATION = { holder: 'string', source: 'string', detail: 'string', confidence: 'number' } as const;

const season = (y: number) => seasonOf(y).text;

/** A synthetic person or club. */
export interface SyntheticEntity {
  id: string;
  type: 'PERSON' | 'CLUB';
  name: string;
  aliases: string[];
}

/** A piece of the graph: entities first (facts of the same or a later piece refer to them). */
export interface SyntheticChunk {
  entities: SyntheticEntity[];
  facts: FactSeed[];
}

/** What the generator counted, filled in as it runs. */
export interface SyntheticStats {
  clubs: number;
  spells: number;
  /** Players per club and season (key `club|year`). */
  perSeason: Map<string, number>;
}

/** People per chunk: memory stays flat whatever the size. */
const CHUNK_PEOPLE = 5000;

/**
 * The synthetic graph, a chunk at a time: the clubs, then people with their careers (and the
 * relations to earlier people), then head-coach tenures. Deterministic for the same options;
 * `stats` is complete once the generator is done.
 */
export function* syntheticChunks(opts: Pick<SyntheticOptions, 'people' | 'clubs' | 'seed'>, stats: SyntheticStats = { clubs: 0, spells: 0, perSeason: new Map() }): Generator<SyntheticChunk> {
  const r = prng(opts.seed ?? 42);
  const clubCount = opts.clubs ?? defaultClubs(opts.people);
  stats.clubs = clubCount;
  const perSeason = stats.perSeason;

  // Clubs first: facts refer to them.
  const clubIds = Array.from({ length: clubCount }, (_, i) => `club:synthetic-${i}`);
  yield { entities: clubIds.map((id, i) => ({ id, type: 'CLUB', name: `${surname(r)} FC ${i}`, aliases: [`SFC${i}`] })), facts: [] };

  // People and their careers, a chunk at a time.
  for (let base = 0; base < opts.people; base += CHUNK_PEOPLE) {
    const entities: SyntheticEntity[] = [];
    const facts: FactSeed[] = [];
    for (let i = base; i < Math.min(opts.people, base + CHUNK_PEOPLE); i++) {
      const id = `person:synthetic-${i}`;
      const first = FIRST[Math.floor(r() * FIRST.length)]!;
      entities.push({ id, type: 'PERSON', name: `${first[0]!.toUpperCase()}${first.slice(1)} ${surname(r)}`, aliases: [] });
      const spellCount = 3 + Math.floor(r() * 10);
      let year = FIRST_SEASON + Math.floor(r() * (LAST_SEASON - FIRST_SEASON - 8));
      let prev: string | null = null;
      for (let s = 0; s < spellCount && year <= LAST_SEASON; s++) {
        let club = clubIds[Math.floor(r() * clubIds.length)]!;
        if (club === prev) club = clubIds[(clubIds.indexOf(club) + 1) % clubIds.length]!;
        const last = Math.min(LAST_SEASON, year + Math.floor(r() * 3));
        facts.push({ id: `fact:spell:synthetic-${i}:${s}`, kind: 'spell', type: 'SENIOR', start: season(year), end: season(last), refs: { person: id, team: club }, details: { order: s + 1 }, sources: [{ source: SOURCE }] } as FactSeed);
        for (let y = year; y <= last; y++) perSeason.set(`${club}|${y}`, (perSeason.get(`${club}|${y}`) ?? 0) + 1);
        stats.spells++;
        if (prev) facts.push({ id: `fact:transfer:synthetic-${i}:${s}`, kind: 'transfer', type: 'PERMANENT', start: season(year), refs: { person: id, from: prev, to: club }, details: { window: 'summer' }, sources: [{ source: SOURCE }] } as FactSeed);
        prev = club;
        year = last + 1;
      }
      if (i > 0 && r() < 0.02) {
        const other = `person:synthetic-${Math.floor(r() * i)}`;
        const mentorship = r() < 0.5;
        facts.push({ id: `fact:relation:synthetic-${i}`, kind: 'relation', type: mentorship ? 'MENTORSHIP' : 'CONTACT', start: String(1990 + Math.floor(r() * 30)), refs: mentorship ? { mentor: other, mentee: id } : { parties: [id, other] }, details: {}, sources: [{ source: SOURCE }] } as FactSeed);
      }
    }
    yield { entities, facts };
  }

  // Head coaches: every club has one at a time, for 1–4 seasons each, from among the people.
  let facts: FactSeed[] = [];
  for (let c = 0; c < clubIds.length; c++) {
    let year = FIRST_SEASON;
    for (let t = 0; year <= LAST_SEASON; t++) {
      const last = Math.min(LAST_SEASON, year + Math.floor(r() * 4));
      const coach = `person:synthetic-${Math.floor(r() * opts.people)}`;
      facts.push({ id: `fact:tenure:synthetic-${c}:${t}`, kind: 'tenure', type: 'HEAD_COACH', start: `${year}-07`, end: `${last + 1}-06`, refs: { person: coach, team: clubIds[c]! }, details: {}, sources: [{ source: SOURCE }] } as FactSeed);
      year = last + 1;
    }
    if (facts.length >= CHUNK_PEOPLE) {
      yield { entities: [], facts };
      facts = [];
    }
  }
  if (facts.length > 0) yield { entities: [], facts };
}

/** An entity as entities/create-batch writes it (searchText folded; status ACTIVE is added by the write). */
export function entityRow(e: SyntheticEntity, now: string) {
  return {
    id: e.id, type: e.type, name: e.name, shortName: null, aliases: e.aliases, city: null, country: e.type === 'CLUB' ? 'BE' : null, birthText: null, birthPrecision: null,
    nationalities: [] as string[], positions: [] as string[], searchText: searchText([e.name, ...e.aliases]), details: null, updatedAt: now,
  };
}

/** A fact as facts/create-batch writes it: dates split into text, precision and bound; refs JSON copy. */
export function factRow(f: FactSeed, now: string) {
  const start = f.start ? parsePartialDate(f.start) : null;
  const end = f.end ? parsePartialDate(f.end) : null;
  return {
    id: f.id, kind: f.kind, type: f.type ?? null, startText: start?.text ?? null, startPrecision: start?.precision ?? null, startLo: start?.lo ?? null,
    endText: end?.text ?? null, endPrecision: end?.precision ?? null, endHi: end?.hi ?? null,
    details: f.details && Object.keys(f.details).length > 0 ? JSON.stringify(f.details) : null, confidence: 1, updatedAt: now, ...factRefs(f),
  };
}

/** The citation every synthetic entity and fact carries. */
export function citationRow(holder: string) {
  return { holder, source: SOURCE, detail: 'synthetic row', confidence: 1 };
}

/** Squad sizes (players per club and season): mean, 10th and 90th percentile. */
export function squadSizes(perSeason: Map<string, number>): SyntheticSummary['squadSize'] {
  const sizes = [...perSeason.values()].sort((a, b) => a - b);
  const at = (p: number) => sizes[Math.min(sizes.length - 1, Math.floor(p * sizes.length))] ?? 0;
  return { mean: Math.round((sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)) * 10) / 10, p10: at(0.1), p90: at(0.9) };
}

/** Writes the synthetic graph into an empty, migrated engine (and rebuilds the derived links). */
export async function writeSyntheticGraph(engine: GraphEngine, opts: SyntheticOptions): Promise<SyntheticSummary> {
  const batch = opts.batchSize ?? 5000;
  const log = opts.log ?? (() => undefined);
  const now = new Date().toISOString();
  const started = Date.now();
  const runner = new BatchRunner(engine, { checkpointEvery: 20 });
  const checker = new FactChecker();
  await writeBundle(engine, { sources: [SYNTHETIC_SOURCE_SEED], entities: [], facts: [] });

  const writeEntities = async (rows: ReturnType<typeof entityRow>[]) => {
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      await runner.commit([step('entities/create-batch', chunk, ENTITY), step('entities/cite-batch', chunk.map((e) => citationRow(e.id)), CITATION)]);
    }
  };
  let facts = 0;
  const writeFacts = async (all: FactSeed[]) => {
    for (let i = 0; i < all.length; i += batch) {
      const chunk = all.slice(i, i + batch);
      for (const f of chunk) checker.check(f);
      const rows = chunk.map((f) => factRow(f, now));
      await runner.commit([step('facts/create-batch', rows, FACT_CREATE), step('facts/about-batch', aboutRows(chunk), ABOUT), step('facts/cite-batch', chunk.map((f) => citationRow(f.id)), CITATION)]);
      facts += chunk.length;
    }
  };

  const stats: SyntheticStats = { clubs: 0, spells: 0, perSeason: new Map() };
  let people = 0;
  for (const chunk of syntheticChunks(opts, stats)) {
    await writeEntities(chunk.entities.map((e) => entityRow(e, now)));
    await writeFacts(chunk.facts);
    people += chunk.entities.filter((e) => e.type === 'PERSON').length;
    if (chunk.entities.length > 0) log(`synthetic: ${people}/${opts.people} people, ${facts} facts, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const writeMs = Date.now() - started;
  log(`synthetic: written in ${Math.round(writeMs / 1000)} s`);

  let derived: { ms: number; squads: number; links: number } | null = null;
  if (opts.derive ?? true) {
    derived = await rebuildDerived(engine);
    log(`synthetic: derived ${derived.squads} squads and ${derived.links} links in ${Math.round(derived.ms / 1000)} s`);
  }
  return {
    people: opts.people,
    clubs: stats.clubs,
    facts,
    spells: stats.spells,
    squadSize: squadSizes(stats.perSeason),
    writeMs,
    deriveMs: derived?.ms ?? null,
    squads: derived?.squads ?? null,
    links: derived?.links ?? null,
  };
}

function step(op: OperationName, rows: Record<string, unknown>[], spec: Record<string, 'string' | 'strings' | 'number'>) {
  return rows.length === 0 ? null : { op, params: toColumns(rows, spec) };
}
