// The transfermarkt-transfers importer's plan, in six phases: clubs (clubs.ts), moves (the rows
// of one transfer folded into one), people (people.ts: clustered, then matched with the graph's),
// facts (transfers and spells, or attachments to the curated facts the rows confirm) and entities.
import type { FactSeed } from '../../../domain/types';
import { seasonOf } from '../../../domain/partial-date';
import { ref, type FactModel } from '../../../domain/models/facts';
import type { ClubResolver, ResolvedClub } from '../club-resolver';
import type { BirthRange, PersonCluster } from '../person-resolver';
import { attach, emptyPlan, type FactStream, type ImportPlan } from '../plan';
import type { Progress } from '../progress';
import type { CuratedFacts, KnownEntity } from '../registry';
import type { ImportReport, ReviewItem } from '../report';
import { clubDraft, resolveClubs } from './clubs';
import {
  chronological, dateAgrees, feeAgrees, intersect, mostCommon, part, rowBirth, specialPart, spellAgrees, spellCitation, spellFact, spellsFrom,
  transferCitations, transferDetails, transferFact, transferType, type Side, type SpellDraft, type TransferEvent,
} from './events';
import { clusterPeople, matchPeople, personDraft } from './people';
import type { TransferRow } from './rows';

export interface TransferContext {
  clubs: KnownEntity[];
  people: KnownEntity[];
  curated: CuratedFacts;
  report: ImportReport;
}

export interface TransferPlan extends ImportPlan {
  facts: FactStream;
  stats: { events: number; people: number; clubs: number; pairs: number; linksRefused: number };
}

export function planTransfers(rows: TransferRow[], ctx: TransferContext, progress: Progress): TransferPlan {
  const plan = emptyPlan();
  const notes: ReviewItem[] = [];
  const { resolver, pairs } = resolveClubs(rows, ctx.clubs, notes, progress);
  const events = foldMoves(rows, resolver, progress);
  const clusters = clusterPeople(events, notes, progress);
  matchPeople(clusters, ctx.people, notes);
  const { stream, eventsOf } = planFacts(plan, clusters, events, ctx.curated, notes, progress);
  planEntities(plan, clusters, eventsOf, events, resolver, notes);
  for (const n of notes) ctx.report.note(n);
  return {
    ...plan,
    facts: stream,
    stats: { events: events.length, people: clusters.length, clubs: [...plan.entities.values()].filter((d) => d.type === 'CLUB').length, pairs, linksRefused: resolver.refusedLinks },
  };
}

/** Phase 2: the rows of one move (normally `in` at the buyer and `out` at the seller) become one event. */
function foldMoves(rows: TransferRow[], resolver: ClubResolver, progress: Progress): TransferEvent[] {
  progress.phase('transfers: moves', rows.length);
  const events = new Map<string, TransferEvent>();
  const clubOf = (node: string | null | undefined): ResolvedClub | null => (node ? resolver.resolveKey(node) : null);
  rows.forEach((r, i) => {
    const club = clubOf(r.clubNode)!;
    const other = r.special ? null : clubOf(r.dealingNode);
    const here: Side = { id: club.id, name: r.club };
    const there: Side = { id: other?.id ?? null, name: r.special ?? r.dealing ?? 'Unknown' };
    const [from, to] = r.movement === 'in' ? [there, here] : [here, there];
    const type = transferType(r);
    const ref = (s: Side) => s.id ?? `special:${s.name}`;
    const key = [r.key, r.nationality ?? '', r.season, r.window, ref(from), ref(to), type].join('|');
    let e = events.get(key);
    if (!e) {
      e = { index: events.size, rows: [], key: r.key, name: r.name, nationality: r.nationality, season: r.season, window: r.window, from, to, type, fee: null, marketValue: null, loanStatus: r.loanStatus, birth: null, when: r.season * 2 + (r.window === 'winter' ? 1 : 0) };
      events.set(key, e);
    }
    // The buying club's row names the seller as the data spells it, and vice versa: keep each club's own heading.
    if (r.movement === 'in') e.to = here;
    else e.from = here;
    e.rows.push(r);
    e.fee ??= r.fee;
    e.marketValue = r.marketValue ?? e.marketValue;
    if (i % 5000 === 0) progress.update(i);
  });
  const eventList = [...events.values()];
  for (const e of eventList) {
    e.name = mostCommon(e.rows.map((r) => r.name));
    e.birth = intersect(e.rows.map(rowBirth).filter((b): b is BirthRange => b !== null));
  }
  progress.update(rows.length);
  return eventList;
}

/**
 * Phase 5: transfers (or attachments to curated transfers) and spells. Ids and attachments are
 * settled here; the fact objects are built only while they are written (a full import holds
 * close to 300,000 of them).
 */
function planFacts(plan: ImportPlan, clusters: PersonCluster[], eventList: TransferEvent[], curated: CuratedFacts, notes: ReviewItem[], progress: Progress): { stream: FactStream; eventsOf: Map<PersonCluster, TransferEvent[]> } {
  progress.phase('transfers: facts', clusters.length);
  const eventsOf = new Map<PersonCluster, TransferEvent[]>();
  const spellsOf = new Map<PersonCluster, SpellDraft[]>();
  for (const c of clusters) eventsOf.set(c, chronological(c.mentions.map((m) => eventList[m.event]!)));
  const usedFactIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; usedFactIds.has(id); i++) id = `${base}-${i}`;
    usedFactIds.add(id);
    return id;
  };
  let done = 0;
  let count = 0;
  for (const c of clusters) {
    const person = c.id;
    const evs = eventsOf.get(c)!;
    const curatedTransfers = c.matched ? curated.transfersOf(person) : [];
    const curatedSpells = c.matched ? curated.spellsOf(person) : [];
    if (curatedTransfers.length > 0) attachTransfers(plan, person, evs, curatedTransfers, notes);
    for (const e of evs) {
      if (e.attachedTo) continue;
      e.factId = uniqueId(`fact:transfer:${part(person)}:${e.season}-${e.window}:${e.from.id ? part(e.from.id) : specialPart(e.from.name)}:${e.to.id ? part(e.to.id) : specialPart(e.to.name)}${e.type === 'LOAN' ? ':loan' : e.type === 'END_OF_LOAN' ? ':loan-end' : ''}`);
      count++;
      const clash = curatedTransfers.find((f) => ref(f, 'from') === (e.from.id ?? null) && ref(f, 'to') === (e.to.id ?? null));
      if (clash) notes.push({ kind: 'curated-disagreement', ids: [clash.id, e.factId], note: `the dataset dates or prices this move differently from the curated fact (${seasonOf(e.season).text}, ${e.window}${e.fee !== null ? `, fee ${e.fee}` : ''})` });
    }
    const pending: SpellDraft[] = [];
    for (const sp of spellsFrom(evs)) {
      const match = curatedSpells.filter((f) => ref(f, 'team') === sp.team).sort((a, b) => Number(b.type === 'SENIOR') - Number(a.type === 'SENIOR')).find((f) => spellAgrees(f, sp));
      if (match) {
        attach(plan, { factId: match.id, citations: [spellCitation(sp)], details: {} });
        continue;
      }
      sp.factId = uniqueId(`fact:spell:${part(person)}:${part(sp.team)}:${sp.start}`);
      pending.push(sp);
      count++;
      const clash = curatedSpells.find((f) => ref(f, 'team') === sp.team && f.type !== 'YOUTH');
      if (clash) notes.push({ kind: 'curated-disagreement', ids: [clash.id, sp.factId], note: `the dataset's moves give this spell different seasons (${seasonOf(sp.start).text}–${sp.end !== null ? seasonOf(sp.end).text : 'open'})` });
    }
    spellsOf.set(c, pending);
    if (++done % 2000 === 0) progress.update(done);
  }
  progress.update(clusters.length);
  function* facts(): Generator<FactSeed> {
    for (const c of clusters) {
      for (const e of eventsOf.get(c)!) if (e.factId) yield transferFact(c.id, e);
      for (const sp of spellsOf.get(c)!) yield spellFact(c.id, sp);
    }
  }
  return { stream: { [Symbol.iterator]: facts, size: count }, eventsOf };
}

/** Phase 6: people and clubs, created or merged into what exists. */
function planEntities(plan: ImportPlan, clusters: PersonCluster[], eventsOf: Map<PersonCluster, TransferEvent[]>, eventList: TransferEvent[], resolver: ClubResolver, notes: ReviewItem[]): void {
  for (const c of clusters) plan.entities.set(c.id, personDraft(c, eventsOf.get(c)!, notes));
  const seenClubs = new Set<string>();
  for (const e of eventList) for (const s of [e.from, e.to]) if (s.id) seenClubs.add(s.id);
  for (const club of resolver.clubs().values()) if (seenClubs.has(club.id) && club.rows > 0) plan.entities.set(club.id, clubDraft(club));
}

function attachTransfers(plan: ImportPlan, person: string, evs: TransferEvent[], curated: FactModel[], notes: ReviewItem[]): void {
  for (const f of curated) {
    const from = ref(f, 'from');
    const to = ref(f, 'to');
    const same = evs.filter((e) => !e.attachedTo && e.from.id === from && e.to.id === to);
    const hit = same.find((e) => dateAgrees(f, e) && feeAgrees(f, e));
    if (hit) {
      hit.attachedTo = f.id;
      attach(plan, { factId: f.id, citations: transferCitations(hit), details: transferDetails(hit) });
      continue;
    }
    if (same.length > 0) continue;
    // Released and signed elsewhere in the same window: the dataset tells the curated move as
    // two rows through "Without Club".
    const out = evs.find((e) => !e.attachedTo && e.from.id === from && e.to.id === null && e.to.name === 'Without Club' && dateAgrees(f, e));
    const inn = out && evs.find((e) => !e.attachedTo && e.to.id === to && e.from.id === null && e.from.name === 'Without Club' && e.season === out.season && e.window === out.window);
    if (out && inn) {
      out.attachedTo = f.id;
      inn.attachedTo = f.id;
      const details: Record<string, unknown> = {};
      const mv = inn.marketValue ?? out.marketValue;
      if (mv !== null) details.marketValue = mv;
      details.window = out.window;
      details.fromName = out.from.name;
      details.toName = inn.to.name;
      attach(plan, { factId: f.id, citations: [...transferCitations(out), ...transferCitations(inn)], details });
      notes.push({ kind: 'data-warning', ids: [f.id, person], note: 'the dataset records this move as a release and a signing as a free agent in the same window; both rows attached' });
    }
  }
}
