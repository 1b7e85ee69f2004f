// A person's life in date order (every fact about them and every article reporting on them) and
// who held their roles before and after them. Coaching trees are in coaching-repository.ts.
import { badUserInput } from '../errors';
import { summarize, timelineKindOf, type SummaryView } from '../domain/facts';
import type { EntityModel } from '../domain/models/entities';
import { detailDate, ref, refsOf, type AnyFact, type FactOf } from '../domain/models/facts';
import type { HandoverModel, StaffMemberModel, TimelineEntryModel, TimelineKind } from '../domain/models/paths';
import type { CareerRepository } from './career-repository';
import type { EntityRepository } from './entity-repository';
import { byDate, type FactRepository } from './fact-repository';
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

const sortKey = (e: TimelineEntryModel) => e.date?.lo ?? e.end?.lo ?? '9999-12-31';
/** Known only by its end: on the same day it goes before what starts then (a youth spell before the senior one). */
const endOnly = (e: TimelineEntryModel) => (e.date === null && e.end !== null ? 0 : 1);

export class TimelineRepository {
  constructor(
    private readonly entities: EntityRepository,
    private readonly facts: FactRepository,
    private readonly sources: SourceRepository,
    private readonly careers: CareerRepository,
  ) {}

  private async names(ids: Iterable<string>): Promise<Map<string, EntityModel>> {
    const list = [...new Set(ids)];
    const loaded = await this.entities.getMany(list);
    const out = new Map<string, EntityModel>();
    list.forEach((id, i) => loaded[i] && out.set(id, loaded[i]!));
    return out;
  }

  /**
   * Every fact about the person and every article reporting on them, in date order: by the day a
   * thing began (or, when only its end is known, ended); undated things last.
   */
  async timeline(personId: string, kinds?: readonly TimelineKind[] | null): Promise<TimelineEntryModel[]> {
    const facts = await this.facts.about(personId);
    const matchIds = facts.flatMap((f) => (f.kind === 'event' ? refsOf(f, 'match') : []));
    const matches = new Map<string, AnyFact>();
    for (const m of await Promise.all(matchIds.map((id) => this.facts.get(id)))) if (m) matches.set(m.id, m);
    const refIds = [...facts, ...matches.values()].flatMap((f) => Object.values(f.refs).flat()).filter((id) => !id.startsWith('fact:'));
    const [names, citations, ownCitations] = await Promise.all([
      this.names(refIds),
      Promise.all(facts.map((f) => this.sources.citationsOf(f.id))),
      this.sources.citationsOf(personId),
    ]);
    const entries: TimelineEntryModel[] = facts.map((f, i) => ({
      kind: timelineKindOf(f.kind),
      date: f.start ?? statusDate(f),
      end: f.end,
      summary: summaryOf(f, personId, names, matches),
      fact: f,
      article: null,
      sources: citations[i]!,
    }));
    entries.push(...(await this.familyEvents(personId, facts)));
    // Articles: the ones backing the person or any fact about them, at their publication date.
    const articleCitations = new Map<string, typeof ownCitations>();
    for (const list of [ownCitations, ...citations]) {
      for (const c of list) if (c.sourceId.startsWith('article:')) articleCitations.set(c.sourceId, [...(articleCitations.get(c.sourceId) ?? []), c]);
    }
    const articles = await Promise.all([...articleCitations.keys()].map((id) => this.sources.get(id)));
    for (const a of articles) {
      if (!a) continue;
      entries.push({ kind: 'ARTICLE', date: a.published, end: null, summary: `Article: ${a.name}${a.outlet ? ` (${a.outlet})` : ''}`, fact: null, article: a, sources: [{ sourceId: a.id, detail: null, teaser: false, confidence: 1 }] });
    }
    const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
    return entries
      .filter((e) => !wanted || wanted.has(e.kind))
      .sort((a, b) => {
        const ka = sortKey(a);
        const kb = sortKey(b);
        if (ka !== kb) return ka < kb ? -1 : 1;
        if (endOnly(a) !== endOnly(b)) return endOnly(a) - endOnly(b);
        if (a.fact && b.fact) return byDate(a.fact, b.fact);
        if (a.fact || b.fact) return a.fact ? 1 : -1; // an article before what it reports that day
        return (a.article?.id ?? '').localeCompare(b.article?.id ?? '');
      });
  }

  /**
   * Events in the lives of the person's relatives (family relationships and marriages): a
   * father's death belongs on his son's timeline. Each entry cites the event and the
   * relationship that brings it here; events that already name the person are theirs anyway.
   */
  private async familyEvents(personId: string, facts: readonly AnyFact[]): Promise<TimelineEntryModel[]> {
    const links: { relativeId: string; relation: FactOf<'relation'> }[] = [];
    for (const f of facts) {
      if (f.kind !== 'relation' || (f.type !== 'FAMILY' && f.type !== 'MARRIAGE')) continue;
      for (const [role, ids] of Object.entries(f.refs)) {
        if (role === 'team') continue;
        for (const id of ids) if (id !== personId && id.startsWith('person:')) links.push({ relativeId: id, relation: f });
      }
    }
    if (links.length === 0) return [];
    const [events, names] = await Promise.all([Promise.all(links.map((l) => this.facts.about(l.relativeId, ['event']))), this.names(links.map((l) => l.relativeId))]);
    const own = new Set(facts.map((f) => f.id));
    const found: { event: FactOf<'event'>; link: (typeof links)[number] }[] = [];
    const seen = new Set<string>();
    links.forEach((link, i) => {
      for (const event of events[i]!) {
        if (own.has(event.id) || seen.has(event.id)) continue;
        seen.add(event.id);
        found.push({ event, link });
      }
    });
    const citations = await Promise.all(found.map(({ event, link }) => Promise.all([this.sources.citationsOf(event.id), this.sources.citationsOf(link.relation.id)])));
    return found.map(({ event, link }, i) => ({
      kind: 'FAMILY_EVENT' as const,
      date: event.start,
      end: event.end,
      summary: familyLine(event, link.relation, link.relativeId, names.get(link.relativeId)),
      fact: event,
      article: null,
      sources: mergeCitations(citations[i]!),
    }));
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
