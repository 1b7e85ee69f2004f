// Phase 1 of planning the transfers: the clubs. Every club name the rows write is resolved to a
// club of the graph or a new one, learning from moves seen at both clubs how each is named.
import { ClubResolver, type ResolvedClub } from '../club-resolver';
import { DATASET } from '../../../knowledge/datasets';
import type { EntityDraft } from '../plan';
import type { Progress } from '../progress';
import type { KnownEntity } from '../registry';
import type { ReviewItem } from '../report';
import { groupByMove, type TransferRow } from './rows';

/** Resolves the rows' clubs (`clubNode`, `dealingNode` set on each row); returns the resolver and how many name pairs it learnt. */
export function resolveClubs(rows: TransferRow[], known: KnownEntity[], notes: ReviewItem[], progress: Progress): { resolver: ClubResolver; pairs: number } {
  progress.phase('transfers: clubs', 1);
  const resolver = new ClubResolver();
  const anchors = [...known].sort((a, b) => Number(b.curated) - Number(a.curated) || a.id.localeCompare(b.id));
  for (const k of anchors) resolver.addAnchor({ id: k.id, name: k.name, names: k.names, country: k.country, existing: true, curated: k.curated });
  for (const r of rows) {
    r.clubNode = resolver.addName(r.club, r.clubCountry, 'covered', r.season);
    r.dealingNode = r.dealing ? resolver.addName(r.dealing, r.dealingCountry, 'dealing', r.season) : null;
  }
  const pairs = learnPairs(rows, resolver);
  resolver.linkCores();
  notes.push(...resolver.notes);
  progress.update(1);
  return { resolver, pairs };
}

/** Links covered club headings to the names other clubs' rows give them, from transfers seen twice. */
function learnPairs(rows: TransferRow[], resolver: ClubResolver): number {
  const groups = groupByMove(rows);
  const votes = new Map<string, number>();
  const byDealing = new Map<string, number>();
  const byCovered = new Map<string, number>();
  for (const g of groups.values()) {
    if (g.length !== 2) continue;
    const [a, b] = g as [TransferRow, TransferRow];
    const inRow = a.movement === 'in' ? a : b;
    const outRow = a.movement === 'in' ? b : a;
    if (inRow.movement !== 'in' || outRow.movement !== 'out' || inRow.club === outRow.club) continue;
    if (inRow.age !== null && outRow.age !== null && Math.abs(inRow.age - outRow.age) > 1) continue;
    for (const [dealing, covered] of [[inRow.dealingNode, outRow.clubNode], [outRow.dealingNode, inRow.clubNode]] as const) {
      if (!dealing || !covered || dealing === covered) continue;
      const k = `${dealing}\u0000${covered}`;
      votes.set(k, (votes.get(k) ?? 0) + 1);
      byDealing.set(dealing, (byDealing.get(dealing) ?? 0) + 1);
      byCovered.set(covered, (byCovered.get(covered) ?? 0) + 1);
    }
  }
  const accepted: [string, string, number][] = [];
  for (const [k, n] of votes) {
    const [dealing, covered] = k.split('\u0000') as [string, string];
    const shareD = n / byDealing.get(dealing)!;
    const shareC = n / byCovered.get(covered)!;
    const strong = n >= 2 && (shareD >= 0.5 || shareC >= 0.5);
    const single = n === 1 && shareD === 1 && shareC === 1 && sharesWord(dealing, covered);
    if (strong || single) accepted.push([dealing, covered, n]);
  }
  accepted.sort((x, y) => y[2] - x[2] || x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
  let linked = 0;
  for (const [dealing, covered, n] of accepted) if (resolver.linkPair(dealing, covered, n)) linked++;
  return linked;
}

function sharesWord(a: string, b: string): boolean {
  const words = (k: string) => new Set(k.slice(k.indexOf('|') + 1).split(' ').filter((w) => w.length >= 4));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

export function clubDraft(club: ResolvedClub): EntityDraft {
  const spellings = [...club.spellings.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  const listed = spellings.join(', ');
  const detail = `spellings: ${listed.length > 380 ? `${listed.slice(0, 377)}…` : listed}; ${club.rows} rows`;
  return {
    id: club.id,
    type: 'CLUB',
    name: club.name,
    spellings: spellings.length > 0 ? spellings : [club.name],
    country: club.country,
    citation: { source: DATASET.transfers, detail, confidence: 1 },
    ...(club.anchor?.existing ? { merge: { curated: Boolean(club.anchor.curated) } } : {}),
  };
}