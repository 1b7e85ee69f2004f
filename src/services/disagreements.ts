// Disagreements between curated knowledge and the open datasets. An import attaches dataset rows
// to the curated fact they confirm; when they cannot be attached (another year, another fee),
// both facts stay, each with its own sources. Such a pair is a disagreement: a curated fact that
// no dataset row confirms, and a dataset-only fact about the same move (same person, from and to)
// or the same spell (same person and team, overlapping seasons).
import type { AnyFact, FactModel } from '../domain/models/facts';
import { ref } from '../domain/models/facts';
import type { Repositories } from '../repositories';
import { membershipSeasons } from '../domain/squads';
import { keysetPage, type Connection, type Page } from '../domain/paging';

export type DisagreementAspect = 'DATE' | 'FEE';

export interface DisagreementModel {
  aspect: DisagreementAspect;
  summary: string;
  curated: AnyFact;
  dataset: AnyFact;
}

type Origin = 'curated' | 'confirmed' | 'dataset';

async function origins(facts: AnyFact[], repos: Repositories): Promise<Map<string, Origin>> {
  const out = new Map<string, Origin>();
  await Promise.all(
    facts.map(async (f) => {
      const citations = await repos.sources.citationsOf(f.id);
      const sources = await Promise.all(citations.map((c) => repos.sources.get(c.sourceId)));
      const dataset = sources.some((s) => s?.kind === 'DATASET');
      const curated = sources.some((s) => s !== null && s.kind !== 'DATASET');
      out.set(f.id, curated ? (dataset ? 'confirmed' : 'curated') : 'dataset');
    }),
  );
  return out;
}

const overlaps = (a: { lo: string; hi: string }, b: { lo: string; hi: string }) => a.lo <= b.hi && b.lo <= a.hi;

function datedAs(f: FactModel): string {
  if (!f.start) return 'undated';
  const window = typeof f.details.window === 'string' ? ` (${f.details.window} window)` : '';
  return `${f.start.text}${f.end ? `–${f.end.text}` : ''}${window}`;
}

function moveName(f: FactModel): string {
  const from = typeof f.details.fromName === 'string' ? f.details.fromName : (ref(f, 'from') ?? '?');
  const to = typeof f.details.toName === 'string' ? f.details.toName : (ref(f, 'to') ?? '?');
  return `${from} → ${to}`;
}

/** Compares a curated fact with a dataset-only fact of the same person; null when they do not clash. */
export function compare(curated: AnyFact, dataset: AnyFact, today = new Date().toISOString().slice(0, 10)): DisagreementModel | null {
  if (curated.kind !== dataset.kind) return null;
  if (curated.kind === 'transfer' && dataset.kind === 'transfer') {
    if (ref(curated, 'from') !== ref(dataset, 'from') || ref(curated, 'to') !== ref(dataset, 'to') || !ref(curated, 'from') || !ref(curated, 'to')) return null;
    if (curated.start && dataset.start && !overlapsWindow(curated, dataset)) {
      return { aspect: 'DATE', summary: `${moveName(dataset)}: the curated sources say ${datedAs(curated)}, the dataset ${datedAs(dataset)}`, curated, dataset };
    }
    const a = curated.details.fee;
    const b = dataset.details.fee;
    if (typeof a === 'number' && typeof b === 'number' && a !== b) {
      return { aspect: 'FEE', summary: `${moveName(dataset)}: the curated sources give a fee of €${a.toLocaleString('en')}, the dataset €${b.toLocaleString('en')}`, curated, dataset };
    }
    return null;
  }
  if (curated.kind === 'spell') {
    if (ref(curated, 'team') !== ref(dataset, 'team') || curated.type === 'YOUTH') return null;
    const cs = membershipSeasons(curated, today);
    const ds = membershipSeasons(dataset, today);
    if (cs.length === 0 || ds.length === 0) return null;
    const same = cs.length === ds.length && cs.every((y, i) => y === ds[i]);
    const touch = cs[0]! <= ds[ds.length - 1]! && ds[0]! <= cs[cs.length - 1]!;
    if (same || !touch) return null;
    return { aspect: 'DATE', summary: `spell at ${ref(dataset, 'team')}: the curated sources say ${datedAs(curated)}, the dataset ${datedAs(dataset)}`, curated, dataset };
  }
  return null;
}

/** A dated move matches the curated date when the window it names falls inside it. */
function overlapsWindow(curated: FactModel, dataset: FactModel): boolean {
  const window = dataset.details.window;
  const season = Number(dataset.start!.text.slice(0, 4));
  const range =
    window === 'summer' ? { lo: `${season}-05-15`, hi: `${season}-09-30` } : window === 'winter' ? { lo: `${season + 1}-01-01`, hi: `${season + 1}-02-28` } : { lo: dataset.start!.lo, hi: dataset.start!.hi };
  return overlaps({ lo: curated.start!.lo, hi: curated.start!.hi }, range);
}

/** Every disagreement about one person's moves and spells. */
export async function disagreementsOf(personId: string, repos: Repositories): Promise<DisagreementModel[]> {
  const facts = await repos.facts.about(personId, ['transfer', 'spell'], 'person');
  if (facts.length < 2) return [];
  const origin = await origins(facts, repos);
  const curated = facts.filter((f) => origin.get(f.id) === 'curated');
  if (curated.length === 0) return [];
  const dataset = facts.filter((f) => origin.get(f.id) === 'dataset');
  const out: DisagreementModel[] = [];
  for (const c of curated) for (const d of dataset) {
    const x = compare(c, d);
    if (x) out.push(x);
  }
  return out;
}

/**
 * One page of every disagreement in the graph, person by person (by id), then by the curated
 * fact's and the dataset fact's date order: found, counted and paged in the database
 * (cypher/disagreements/pairs-page, the same comparison as `compare`), worded here by `compare`.
 */
export async function disagreementPage(repos: Repositories, page: Page): Promise<Connection<DisagreementModel>> {
  const { pairs, size, total } = await repos.disagreements.page(page);
  const rows = pairs.map((p) => {
    const found = compare(p.curated, p.dataset);
    if (!found || found.aspect !== p.aspect) throw new Error(`disagreements/pairs-page and compare() part on ${p.curated.id} / ${p.dataset.id}: ${p.aspect} against ${found?.aspect ?? 'none'}`);
    return { node: found, key: p.key };
  });
  return keysetPage(rows, size, page.after, total);
}

/** Disagreements about the person a fact is about that involve this fact. */
export async function disagreementsOfFact(f: AnyFact, repos: Repositories): Promise<DisagreementModel[]> {
  const person = ref(f, 'person');
  if (!person) return [];
  return (await disagreementsOf(person, repos)).filter((d) => d.curated.id === f.id || d.dataset.id === f.id);
}
