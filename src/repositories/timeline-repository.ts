// A person's life in date order (every fact about them and every article reporting on them),
// paged in the database, and who held their roles before and after them. Coaching trees are in
// coaching-repository.ts.
import type DataLoader from 'dataloader';
import { badUserInput } from '../errors';
import { FACT_KIND_NAMES, summarize, timelineKindOf, type SummaryView } from '../domain/facts';
import type { EntityModel } from '../domain/models/entities';
import { detailDate, isKind, ref, refsOf, type AnyFact, type FactOf } from '../domain/models/facts';
import type { HandoverModel, StaffMemberModel, TimelineEntryModel, TimelineKind } from '../domain/models/paths';
import type { CitationModel } from '../domain/models/sources';
import { byKeyset, decodeKeyset, keysetPage, pageSize, type Connection, type Page } from '../domain/paging';
import type { GraphEngine, Row } from '../graph/engine';
import type { CareerRepository } from './career-repository';
import type { EntityRepository } from './entity-repository';
import type { FactRepository } from './fact-repository';
import { KeyedPages, manyLoader } from './loaders';
import { toFact, toSource } from './rows';
import { mergeCitations } from '../domain/periods';
import type { SourceRepository } from './source-repository';
import { capital, EVENT_WORDS } from '../domain/wording';
import { periodOfDays } from '../domain/sentences';

const ROLE_ORDER = ['HEAD_COACH', 'MANAGER', 'ASSISTANT_COACH', 'YOUTH_COACH', 'VIDEO_ANALYST', 'KIT_MANAGER', 'TV_ANALYST'];
const roleRank = (role: string | null) => {
  const i = ROLE_ORDER.indexOf(role ?? '');
  return i === -1 ? ROLE_ORDER.length : i;
};

/** A licence being pursued with no date of its own sits on the timeline when a source attests the status. */
const statusDate = (f: AnyFact) => (f.kind === 'qualification' ? detailDate(f, 'statusAsOf') : null);

export class TimelineRepository {
  private readonly pages: KeyedPages;
  private readonly familyLinksOf: DataLoader<string, Row[]>;

  constructor(
    private readonly entities: EntityRepository,
    private readonly facts: FactRepository,
    private readonly sources: SourceRepository,
    private readonly careers: CareerRepository,
    engine: GraphEngine,
  ) {
    this.pages = new KeyedPages(engine);
    this.familyLinksOf = manyLoader(engine, 'timeline/family-links', (row) => row);
  }

  private async names(ids: Iterable<string>): Promise<Map<string, EntityModel>> {
    const list = [...new Set(ids)];
    const loaded = await this.entities.getMany(list);
    const out = new Map<string, EntityModel>();
    list.forEach((id, i) => loaded[i] && out.set(id, loaded[i]!));
    return out;
  }

  /**
   * One page of a person's timeline, optionally of some kinds: every fact about the person, every
   * article reporting on them and the events in their relatives' lives, in date order — by the day
   * a thing began (a licence being pursued: the day a source attests it) or, known only by its
   * end, ended (before what starts that day); an article before the facts of its day; then the
   * facts' own order (start, `order` detail, end, id); undated things last. Each source is paged
   * in the database after the same keyset cursor, in that order (cypher/timeline/*-page: the sort
   * key is computed there) and counted there; the pages (at most `first + 1` rows each) are merged
   * here, and only the page's entries have names, matches and relationships read.
   */
  async timeline(personId: string, kinds: readonly TimelineKind[] | null | undefined, page: Page): Promise<Connection<TimelineEntryModel>> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
    const factKinds = wanted ? FACT_KIND_NAMES.filter((k) => wanted.has(timelineKindOf(k))).sort() : ['*'];
    const params = { afterKey: after.key, afterId: after.id, limit: size + 1 };
    const none = Promise.resolve({ rows: [] as Row[], total: 0 });
    const [facts, family, articles] = await Promise.all([
      factKinds.length > 0 ? this.pages.load('timeline/facts-page', { ...params, kinds: factKinds }, personId) : none,
      !wanted || wanted.has('FAMILY_EVENT') ? this.familyPage(personId, params) : none,
      !wanted || wanted.has('ARTICLE') ? this.pages.load('timeline/articles-page', params, personId) : none,
    ]);
    const rows = [
      ...facts.rows.map((row) => ({ from: 'fact' as const, row })),
      ...family.rows.map((row) => ({ from: 'family' as const, row })),
      ...articles.rows.map((row) => ({ from: 'article' as const, row })),
    ]
      .filter((r) => r.row.id !== null && r.row.id !== undefined)
      .map((r) => ({ ...r, key: { key: String(r.row.sortKey), id: String(r.row.id) } }))
      .sort(byKeyset)
      .slice(0, size + 1);
    const entries = await this.entries(personId, rows.slice(0, size));
    // The row past the page only tells whether another page follows: it is not built.
    return keysetPage(rows.map((r, i) => ({ node: entries[i]!, key: r.key })), size, page.after, facts.total + family.total + articles.total);
  }

  /**
   * A page of the events in the person's relatives' lives: their family links first (one row), then
   * the events about those relatives, each with the relatives it is about (cypher/timeline/family-*).
   */
  private async familyPage(personId: string, params: { afterKey: string; afterId: string; limit: number }): Promise<{ rows: Row[]; total: number }> {
    const links = await this.familyLinks(personId);
    if (links.length === 0) return { rows: [], total: 0 };
    const relatives = [...new Set(links.map((l) => l.relativeId))].sort();
    const { rows, total } = await this.pages.load('timeline/family-page', { ...params, relatives }, personId, 'timeline/family-count');
    // An event about several relatives is there through the first link (the relationship's date
    // order, then its id, the role and the relative) to one of them, as it always was.
    return {
      rows: rows.map((row) => {
        const about = new Set((row.relatives as string[] | null) ?? []);
        const link = links.find((l) => about.has(l.relativeId))!;
        return { ...row, relationId: link.relationId, relativeId: link.relativeId };
      }),
      total,
    };
  }

  /** The person's family links in their order: "<date key> <relationship id> <role> <relative id>" (timeline/family-links). */
  private async familyLinks(personId: string): Promise<{ relationId: string; relativeId: string }[]> {
    const [row] = await this.familyLinksOf.load(personId);
    const links = [...((row?.links as string[] | null) ?? [])].sort();
    return links.map((l) => {
      const [, relationId, , relativeId] = l.split(' ');
      return { relationId: relationId!, relativeId: relativeId! };
    });
  }

  /** The entries of a page's rows: names, matches and relationships read for these rows only. */
  private async entries(personId: string, rows: readonly { from: 'fact' | 'family' | 'article'; row: Row }[]): Promise<TimelineEntryModel[]> {
    const parsed = rows.map(({ from, row }) => {
      if (from === 'article') return { from, article: toSource(row) };
      const fact = toFact(row);
      if (from === 'fact') return { from, fact };
      return { from, fact: fact as FactOf<'event'>, relationId: String(row.relationId), relativeId: String(row.relativeId) };
    });
    const matchIds = parsed.flatMap((p) => (p.from === 'fact' && p.fact.kind === 'event' ? refsOf(p.fact, 'match') : []));
    const relationIds = parsed.flatMap((p) => (p.from === 'family' ? [p.relationId] : []));
    const read = await Promise.all([...matchIds, ...relationIds].map((id) => this.facts.get(id)));
    const byId = new Map(read.filter((f): f is AnyFact => f !== null).map((f) => [f.id, f]));
    const matches = new Map(matchIds.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
    const refIds = [...parsed.flatMap((p) => (p.from === 'fact' ? [p.fact] : [])), ...matches.values()].flatMap((f) => Object.values(f.refs).flat()).filter((id) => !id.startsWith('fact:'));
    const names = await this.names([...refIds, ...parsed.flatMap((p) => (p.from === 'family' ? [p.relativeId] : []))]);
    return parsed.map((p): TimelineEntryModel => {
      if (p.from === 'article') {
        const a = p.article;
        return { kind: 'ARTICLE', date: a.published, end: null, summary: `Article: ${a.name}${a.outlet ? ` (${a.outlet})` : ''}`, fact: null, article: a, relation: null };
      }
      if (p.from === 'fact') return { kind: timelineKindOf(p.fact.kind), date: p.fact.start ?? statusDate(p.fact), end: p.fact.end, summary: summaryOf(p.fact, personId, names, matches), fact: p.fact, article: null, relation: null };
      const relation = byId.get(p.relationId);
      if (!relation || !isKind(relation, 'relation')) throw new Error(`Timeline of ${personId}: family link ${p.relationId} is not a relationship`);
      return { kind: 'FAMILY_EVENT', date: p.fact.start, end: p.fact.end, summary: familyLine(p.fact, relation, p.relativeId, names.get(p.relativeId)), fact: p.fact, article: null, relation };
    });
  }

  /**
   * An entry's sources, best first: an article cites itself; a relative's event cites the event
   * and the relationship that brings it here; any other fact, its own.
   */
  async sourcesOf(e: TimelineEntryModel): Promise<CitationModel[]> {
    if (e.article) return [{ sourceId: e.article.id, detail: null, teaser: false, confidence: 1 }];
    if (!e.fact) return [];
    if (!e.relation) return this.sources.citationsOf(e.fact.id);
    return mergeCitations(await Promise.all([this.sources.citationsOf(e.fact.id), this.sources.citationsOf(e.relation.id)]));
  }

  /**
   * Everyone known to be on a team's staff between two days: tenures whose dates overlap the
   * period (an open tenure still runs; one known only by its end is known only in that end's
   * span), and undated tenures attested by a dated fact in the period that places the person at
   * the team without being one of their own memberships (a relationship or event there, an
   * assistant's tenure under them, a succession).
   */
  async staffDuring(teamId: string, from: string, to: string): Promise<StaffMemberModel[]> {
    if (from > to) throw badUserInput('`from` must not be after `to`', 'from');
    const tenures = await this.facts.about(teamId, ['tenure'], 'team');
    const people = [...new Set(tenures.map((t) => ref(t, 'person')).filter((id): id is string => id !== null))];
    const [names, factsOf] = await Promise.all([this.names(people), Promise.all(people.map((id) => this.facts.about(id)))]);
    const aboutPerson = new Map(people.map((id, i) => [id, factsOf[i]!]));
    // The last day a source attests each dated open tenure (read together, one batch).
    const open = tenures.filter((t) => t.start !== null && t.end === null);
    const lastAttested = new Map(await Promise.all(open.map(async (t) => [t.id, await this.careers.lastAttested(t)] as const)));
    const found: Omit<StaffMemberModel, 'sources'>[] = [];
    for (const tenure of tenures) {
      const personId = ref(tenure, 'person');
      const person = personId ? names.get(personId) : undefined;
      if (!personId || !person) continue;
      if (tenure.start || tenure.end) {
        const lo = tenure.start?.lo ?? tenure.end!.lo;
        const hi = tenure.end?.hi ?? '9999-12-31';
        const a = lo > from ? lo : from;
        const b = hi < to ? hi : to;
        if (a > b) continue;
        // An open end is unknown, not "still in office": past the last day a source attests the
        // tenure, presence is not known.
        const attested = lastAttested.get(tenure.id) ?? null;
        const evidence = attested && from > attested.hi ? 'OPEN_END' : 'DATED';
        found.push({ person, tenure, evidence, period: periodOfDays(a, b), attestedBy: [] });
        continue;
      }
      const attestedBy = (aboutPerson.get(personId) ?? []).filter((f) => {
        if (!f.start || f.id === tenure.id) return false;
        if ((f.kind === 'tenure' || f.kind === 'spell') && ref(f, 'person') === personId) return false;
        if (!Object.values(f.refs).some((ids) => ids.includes(teamId))) return false;
        // The fact places the person at the team when it starts (an assistant's tenure under
        // them says who the head coach was the day it began, not for how long).
        return f.start.lo <= to && f.start.hi >= from;
      });
      // A day or month a source places the person in the role (the tenure's own `attestedOn`).
      const own = detailDate(tenure, 'attestedOn');
      const days = [...attestedBy.map((f) => f.start!), ...(own && own.lo <= to && own.hi >= from ? [own] : [])];
      if (days.length === 0) continue;
      const lo = days.reduce((m, d) => (d.lo < m ? d.lo : m), '9999-12-31');
      const hi = days.reduce((m, d) => (d.hi > m ? d.hi : m), '0001-01-01');
      found.push({ person, tenure, evidence: 'ATTESTED', period: periodOfDays(lo > from ? lo : from, hi < to ? hi : to), attestedBy });
    }
    const citations = await Promise.all(found.map((m) => Promise.all([m.tenure, ...m.attestedBy].map((f) => this.sources.citationsOf(f.id)))));
    return found
      .map((m, i) => ({ ...m, sources: mergeCitations(citations[i]!) }))
      .sort((a, b) => roleRank(a.tenure.type) - roleRank(b.tenure.type) || a.person.name.localeCompare(b.person.name) || a.tenure.id.localeCompare(b.tenure.id));
  }

  /**
   * For each of the person's tenures (optionally of one role, at one team) with a known
   * neighbour: who held the role just before (`predecessor`) or after (`successor`), and whether a
   * source states it or it follows from the order of dated tenures.
   */
  async handovers(personId: string, want: 'predecessor' | 'successor', opts: { role?: string | null; team?: string | null }): Promise<HandoverModel[]> {
    const tenures = (await this.facts.about(personId, ['tenure'], 'person')).filter((t) => ref(t, 'team') && (!opts.role || t.type === opts.role) && (!opts.team || ref(t, 'team') === opts.team));
    const self = want === 'predecessor' ? 'successor' : 'predecessor';
    const out: HandoverModel[] = [];
    for (const tenure of tenures) {
      const team = ref(tenure, 'team')!;
      const [other, successions] = await Promise.all([
        want === 'predecessor' ? this.careers.predecessor(tenure) : this.careers.successor(tenure),
        this.facts.about(team, ['succession'], 'team'),
      ]);
      const stated = successions.filter((s) => s.type === tenure.type && ref(s, self) === personId);
      const succession = stated.find((s) => other && ref(s, want) === ref(other, 'person')) ?? (other ? null : (stated[0] ?? null));
      const otherId = other ? ref(other, 'person') : succession ? ref(succession, want) : null;
      const person = otherId ? await this.entities.get(otherId) : null;
      if (!person) continue;
      const citations = await Promise.all([succession, other].filter((f) => f !== null).map((f) => this.sources.citationsOf(f.id)));
      out.push({ tenure, other, person, succession, sources: mergeCitations(citations) });
    }
    return out;
  }
}

/**
 * `Father died`, `Father buried just behind the KV Mechelen stadium`, `Wife Ann Smith ran a
 * marathon`: the relative by kinship when the relationship states it from their side (and by name
 * unless the name only says whose relative they are), else by name.
 */
function familyLine(event: FactOf<'event'>, relation: FactOf<'relation'>, relativeId: string, relative: EntityModel | undefined): string {
  const kinship = ref(relation, 'relative') === relativeId ? (relation.details.kinship ?? null) : null;
  const name = relative?.name ?? relativeId;
  // A person no source names is known by a description ("Father of Steven Defour") that adds nothing to "Father".
  const named = relative?.details.nameGiven !== 'NONE';
  const who = relation.type === 'MARRIAGE' ? `Spouse ${name}` : kinship ? `${capital(kinship)}${named ? ` ${name}` : ''}` : `${name} (family)`;
  const what = EVENT_WORDS[event.type ?? 'OTHER'];
  const { place, note } = event.details;
  const verb = event.type === 'OTHER' && note ? note : what[0]!.toLowerCase() + what.slice(1);
  return `${who} ${verb}${place ? ` ${place}` : ''}`;
}

/** A fact's timeline line, by its kind's declaration (src/domain/facts), from the names read for the page. */
function summaryOf(f: AnyFact, personId: string, names: Map<string, EntityModel>, matches: Map<string, AnyFact>): string {
  const nameOf = (id: string) => names.get(id)?.name ?? null;
  const view: SummaryView = {
    personId,
    nameOf,
    name: (role) => {
      const id = f.refs[role]?.[0];
      return id ? (nameOf(id) ?? id) : null;
    },
    match: (id) => matches.get(id),
  };
  return summarize(f, view);
}
