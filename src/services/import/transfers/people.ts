// Phases 3 and 4 of planning the transfers: the people. One mention per move, clustered per name
// into people (namesakes kept apart), then matched with the people the graph holds; and each
// person's entity draft.
import { DATASET } from '../../../knowledge/datasets';
import {
  clusterBirth,
  clusterMentions,
  dayText,
  linkConfidence,
  naturalIds,
  pickMatch,
  PersonIndex,
  type Mention,
  type PersonCluster,
} from '../person-resolver';
import type { EntityDraft } from '../plan';
import type { Progress } from '../progress';
import { ownedBy, priorLink, type KnownEntity } from '../registry';
import type { ReviewItem } from '../report';
import { mostCommon, rowRef, type TransferEvent } from './events';

const GENERIC_POSITIONS = new Set(['midfield', 'attack', 'defence']);

export const displayName = (c: PersonCluster) => mostCommon(c.mentions.map((m) => m.name));

/** Phase 3: one mention per move, clustered per name; clusters in the order of their natural ids. */
export function clusterPeople(events: TransferEvent[], notes: ReviewItem[], progress: Progress): PersonCluster[] {
  progress.phase('transfers: people', events.length);
  const byName = new Map<string, Mention[]>();
  for (const e of events) {
    const positions = [...new Set(e.rows.map((r) => r.position).filter((p): p is string => p !== null))];
    const gk = positions.length === 0 ? null : positions.includes('Goalkeeper');
    const m: Mention = { key: e.key, name: e.name, nationality: e.nationality, birth: e.birth, goalkeeper: gk, positions, when: e.when, from: e.from.id, to: e.to.id, event: e.index };
    const list = byName.get(e.key);
    if (list) list.push(m);
    else byName.set(e.key, [m]);
  }
  const clustersByName = new Map<string, PersonCluster[]>();
  for (const [key, mentions] of byName) {
    mentions.sort((a, b) => a.when - b.when || a.event - b.event);
    clustersByName.set(key, clusterMentions(mentions, notes));
  }
  naturalIds(clustersByName, displayName);
  const clusters = [...clustersByName.values()].flat().sort((a, b) => a.natural.localeCompare(b.natural));
  progress.update(events.length);
  return clusters;
}

/**
 * Phase 4: matches clusters with people already in the graph (a person claimed twice stays with
 * the best-supported claim) and gives every cluster its id.
 */
export function matchPeople(clusters: PersonCluster[], people: KnownEntity[], notes: ReviewItem[]): void {
  const index = new PersonIndex(people);
  const claims = new Map<string, { cluster: PersonCluster; strength: number }[]>();
  for (const c of clusters) {
    const query = { keys: [c.key], nationalities: c.nationality ? [c.nationality] : [], birth: clusterBirth(c) };
    const found = pickMatch(index.candidates(query), c.natural);
    if (found === 'ambiguous') {
      const names = index.candidates(query).map((x) => x.known.id);
      notes.push({ kind: 'person-ambiguous', ids: names, names: [displayName(c)], note: 'several people in the graph fit this player equally; not linked to any' });
      continue;
    }
    if (!found) continue;
    const list = claims.get(found.known.id) ?? [];
    list.push({ cluster: c, strength: found.strength });
    claims.set(found.known.id, list);
  }
  for (const [id, list] of claims) {
    // The cluster whose own id this is keeps it (stable re-runs); otherwise the best-supported claim.
    list.sort((a, b) => Number(b.cluster.natural === id) - Number(a.cluster.natural === id) || b.strength - a.strength);
    const winner = list.length === 1 || list[0]!.cluster.natural === id || list[0]!.strength > list[1]!.strength ? list[0]! : null;
    if (!winner) {
      notes.push({ kind: 'person-ambiguous', ids: [id], names: list.map((l) => displayName(l.cluster)), note: `${list.length} players fit ${id} equally; none linked` });
      continue;
    }
    winner.cluster.matched = index.byId.get(id)!;
    winner.cluster.strength = winner.strength;
  }
  const taken = new Set(people.map((p) => p.id));
  for (const c of clusters) {
    if (c.matched) {
      c.id = c.matched.id;
      continue;
    }
    let id = c.natural;
    for (let i = 2; taken.has(id); i++) id = `${c.natural}-${i}`;
    taken.add(id);
    c.id = id;
  }
}

/** A person's entity draft: created, or merged into the person the cluster was matched with. */
export function personDraft(c: PersonCluster, evs: TransferEvent[], notes: ReviewItem[]): EntityDraft {
  const rows = evs.flatMap((e) => e.rows);
  const spellings = [...new Set(rows.map((r) => r.name))].sort();
  const counts = new Map<string, number>();
  for (const r of rows) if (r.position) counts.set(r.position, (counts.get(r.position) ?? 0) + 1);
  let positions = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  if (positions.some((p) => !GENERIC_POSITIONS.has(p))) positions = positions.filter((p) => !GENERIC_POSITIONS.has(p));
  const birth = clusterBirth(c);
  const birthText = birth ? (birth.lo === birth.hi ? dayText(birth.lo) : `${dayText(birth.lo)}..${dayText(birth.hi)}`) : null;
  const seen = `${rows.length} row${rows.length === 1 ? '' : 's'}, first ${rows.map(rowRef).sort()[0]!}`;
  const draft = { id: c.id, type: 'PERSON' as const, name: mostCommon(rows.map((r) => r.name)), spellings, nationalities: c.nationality ? [c.nationality] : [], positions, birth: birthText };
  if (!c.matched || ownedBy(c.matched, DATASET.transfers)) {
    return { ...draft, details: birth ? { birthNote: 'range from the ages the transfer rows give' } : undefined, citation: { source: DATASET.transfers, detail: seen, confidence: 1 } };
  }
  // A link made by an earlier run keeps the evidence it had then: since, this dataset may have
  // filled the nationality and birth date it would now seem to agree with.
  const prior = priorLink(c.matched, DATASET.transfers, /^linked: ([^;]+);/);
  const strength = prior ? (prior.confidence >= 1 ? 2 : prior.confidence >= 0.8 ? 1 : 0) : c.strength;
  const how = prior?.how ?? (strength >= 2 ? 'name, nationality and birth year agree' : strength === 1 ? 'name and one of nationality or birth year agree, the other is unknown' : 'name only, nothing else is known on one side');
  if (strength < 2) notes.push({ kind: 'person-merge', ids: [c.matched.id], names: spellings, note: `linked to an existing person on weak evidence (${how})` });
  return { ...draft, citation: { source: DATASET.transfers, detail: `linked: ${how}; ${seen}`, confidence: linkConfidence(strength) }, merge: { curated: c.matched.curated } };
}
