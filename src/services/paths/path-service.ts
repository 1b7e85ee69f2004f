// Connection paths between people (and teams); teammates are in teammate-repository.ts. Paths are the all-shortest
// paths over the derived LINKs, checked against the relation types and time window asked for;
// when the filters rule out every shortest path (or both ends are teams) a bidirectional
// breadth-first search takes over, checking each step. Both walk an in-process index of the
// LINKs (src/services/paths/link-index.ts; 4 hops on the imported graph: median 0.4–1.1 s in
// Cypher, a few ms in process), on either engine. With LINK_INDEX=false the engine does it: all-shortest-paths in Cypher (cypher/paths/shortest-<hops>), and the filtered
// search one parameterised expansion per level (cypher/paths/neighbours; LadybugDB refuses
// parameters inside a recursive pattern's filter). Routes are checked and ranked from what the
// search returns (LINK roles and periods, connector facts' kind and confidence); only the routes
// of the page a client reads are explained from their facts, dated and sourced, in one batch.
import DataLoader from 'dataloader';
import { z } from 'zod';
import { badUserInput, notFound, queryTooComplex } from '../../errors';
import type { GraphEngine } from '../../graph/engine';
import type { OperationName } from '../../graph/operations';
import { isMoment } from '../../domain/squads';
import { PLAYER_ROLE, TEAM_ROLE } from '../../domain/link-roles';
import type { EntityModel } from '../../domain/models/entities';
import { ref, type AnyFact } from '../../domain/models/facts';
import type { ExplainedPathModel, HopModel, PathResultModel, Relation, RouteHop, RouteModel } from '../../domain/models/paths';
import type { CitationModel } from '../../domain/models/sources';
import type { LinkIndexCache } from './link-index-cache';
import type { EntityRepository } from '../../repositories/entity-repository';
import type { FactRepository } from '../../repositories/fact-repository';
import type { LinkIndex } from './link-index';
import { validateConnectionArgs, type ConnectionArgs } from './path-args';
import { mergeCitations, ownPeriod, sharedPeriod, spanOf, withGaps } from '../../domain/periods';
import { hopRelation, RELATIONS, rolesFor } from '../../domain/relations';
import { hopKey, linksHold, rank, reverseHop, routeKey, routeLatest, type RawHop, type RawLink } from './path-routes';
import type { SourceRepository } from '../../repositories/source-repository';
import { explainHop, periodOfFact } from '../../domain/sentences';
import { RELATION_WORDS } from '../../domain/wording';

export { MAX_HOPS, type ConnectionArgs } from './path-args';
const SHORTEST_OPS: Readonly<Record<number, OperationName>> = {
  1: 'paths/shortest-1',
  2: 'paths/shortest-2',
  3: 'paths/shortest-3',
  4: 'paths/shortest-4',
  5: 'paths/shortest-5',
  6: 'paths/shortest-6',
};
/** Raw engine paths read per search (one route shows up once per shared season). */
const ENGINE_LIMIT = 200;
/** Distinct routes kept and ranked. */
const MAX_ROUTES = 200;
/** Ids one breadth-first step may expand, and per engine call. */
const MAX_FRONTIER = 2000;
const EXPANSION_BATCH = 100;
/** Entities one filtered search on the in-process index may reach before it is refused. */
const MAX_VISITED = 400_000;

/** Parses one engine path (Entity, connector, Entity, …) into hops. */
function hopsOfRow(row: z.infer<typeof ShortestRow>): RawHop[] {
  const hops: RawHop[] = [];
  for (let i = 0; i + 2 < row.ids.length; i += 2) {
    const link = (j: number): RawLink => ({ role: row.roles[j]!, factId: row.factIds[j]!, lo: row.los[j] ?? null, hi: row.his[j] ?? null });
    const c = i + 1;
    hops.push({ from: row.ids[i]!, to: row.ids[i + 2]!, via: row.ids[c]!, teamId: row.teams[c] ?? null, kind: row.kinds[c] ?? null, type: row.types[c] ?? null, confidence: row.confidences[c] ?? null, fromLink: link(i), toLink: link(i + 1) });
  }
  return hops;
}

const tooManyPeople = (max: number) => queryTooComplex(`The search reached more than ${max} people before finding a path; narrow the window or the relation types, or lower maxHops`);

/** Routes the in-process index enumerates before ranking (MAX_ROUTES are kept). */
const INDEX_CANDIDATES = 1000;

const TEAM_TYPES = new Set(['CLUB', 'NATIONAL_TEAM']);



const nullableString = z.string().nullable();

const nullableNumber = z.number().nullable();

const ShortestRow = z.object({
  ids: z.array(z.string()),
  teams: z.array(nullableString),
  kinds: z.array(nullableString),
  types: z.array(nullableString),
  confidences: z.array(nullableNumber),
  roles: z.array(z.string()),
  factIds: z.array(z.string()),
  los: z.array(nullableString),
  his: z.array(nullableString),
});

const NeighbourRow = z.object({
  source: z.string(),
  target: z.string(),
  targetType: z.string(),
  via: z.string(),
  teamId: nullableString,
  kind: nullableString,
  type: nullableString,
  confidence: nullableNumber,
  sourceRole: z.string(),
  sourceFact: z.string(),
  sourceLo: nullableString,
  sourceHi: nullableString,
  targetRole: z.string(),
  targetFact: z.string(),
  targetLo: nullableString,
  targetHi: nullableString,
});

/** The role a LINK names for the sentence: a staff role, or null for a player or the team itself. */
const roleOf = (l: RawLink) => (l.role === PLAYER_ROLE || l.role === TEAM_ROLE ? null : l.role);

/** Where a hop happened: its team, or the team at one of its ends. */
const placeOf = (team: EntityModel | null, from: EntityModel, to: EntityModel) => team ?? (TEAM_TYPES.has(to.type) ? to : TEAM_TYPES.has(from.type) ? from : null);

export class PathService {
  constructor(
    private readonly engine: GraphEngine,
    private readonly entities: EntityRepository,
    private readonly facts: FactRepository,
    private readonly sources: SourceRepository,
    private readonly links?: LinkIndexCache,
    private readonly today = new Date().toISOString().slice(0, 10),
  ) {}

  private readonly explainer = new DataLoader<RouteModel, ExplainedPathModel | null, string>((routes) => this.explainRoutes(routes), { cacheKeyFn: (r) => r.key });

  /**
   * The shortest paths between two ends, checked and ranked; explain them with `explained`.
   * Validates before any database call.
   */
  async connections(args: ConnectionArgs): Promise<PathResultModel> {
    const { maxHops, allowed, window } = validateConnectionArgs(args);
    const [from, to] = await this.entities.getMany([args.from, args.to]);
    if (!from) throw notFound(`No person, club or national team with id ${args.from}`);
    if (!to) throw notFound(`No person, club or national team with id ${args.to}`);
    for (const e of [from, to]) if (e.type === 'STADIUM') throw badUserInput(`${e.id} is a stadium: paths join people, clubs and national teams`, 'from');

    const index = await this.links?.get(this.engine);
    // The shortest paths, checked against the filters, are the filtered shortest paths whenever
    // one survives (filtered paths are a subset). Two teams never go to the engine's search: its
    // recursive filter would drop the destination team.
    if (!(TEAM_TYPES.has(from.type) && TEAM_TYPES.has(to.type))) {
      const raw = index ? this.indexRoutes(index, from.id, to.id, maxHops) : await this.engineRoutes(from, to, maxHops);
      const routes = rank(raw, allowed, window).slice(0, MAX_ROUTES);
      if (routes.length > 0 || raw.length === 0) return { routes, shortestLength: routes[0]?.hops.length ?? null, method: 'ENGINE_SHORTEST_PATHS' };
      // Every candidate failed a filter (or, never seen with overlap-exact squads, the overlap
      // check): search again, checking each step.
    }
    const found = index ? this.indexSearch(index, from.id, to.id, maxHops, allowed, window) : await this.searchRoutes(from.id, to.id, maxHops, allowed, window);
    const routes = rank(found, allowed, window).slice(0, MAX_ROUTES);
    return { routes, shortestLength: routes[0]?.hops.length ?? null, method: 'FILTERED_SEARCH' };
  }

  /** All shortest routes, from the in-process index (the same routes as engineRoutes). */
  private indexRoutes(index: LinkIndex, fromId: string, toId: string, maxHops: number): RawHop[][] {
    const routes = new Map<string, RawHop[]>();
    // More candidates than are kept: the ranking then picks the best of them, not of an arbitrary few.
    for (const hops of index.shortestRoutes(fromId, toId, { maxHops, maxRoutes: INDEX_CANDIDATES }, hopKey) ?? []) {
      const key = routeKey(hops);
      if (!routes.has(key)) routes.set(key, hops);
    }
    return [...routes.values()];
  }

  /** The filtered search (as searchRoutes) on the in-process index: each hop checked before it is walked. */
  private indexSearch(index: LinkIndex, fromId: string, toId: string, maxHops: number, allowed: Set<Relation> | null, window: { from: string; to: string } | null): RawHop[][] {
    const roles = new Set(rolesFor(allowed ?? new Set(RELATIONS)));
    const accept = (h: RawHop) => {
      if (!roles.has(h.fromLink.role) || !roles.has(h.toLink.role)) return false;
      const relation = hopRelation(h.via, h.kind, h.type, h.fromLink.role, h.toLink.role);
      return !!relation && (!allowed || allowed.has(relation)) && linksHold(h.fromLink, h.toLink, window);
    };
    const found = index.shortestRoutes(fromId, toId, { maxHops, maxRoutes: INDEX_CANDIDATES, maxVisited: MAX_VISITED }, hopKey, accept);
    if (found === null) {
      throw tooManyPeople(MAX_VISITED);
    }
    const routes = new Map<string, RawHop[]>();
    for (const hops of found) routes.set(routeKey(hops), hops);
    return [...routes.values()];
  }

  /** A route explained from its facts (batched over the routes of a page); null if its facts are gone. */
  explained(route: RouteModel): Promise<ExplainedPathModel | null> {
    return this.explainer.load(route);
  }

  /** All shortest routes from the engine. A team end goes first: the engine's filter keeps teams out of the rest. */
  private async engineRoutes(from: EntityModel, to: EntityModel, maxHops: number): Promise<RawHop[][]> {
    const swap = TEAM_TYPES.has(to.type);
    const rows = await this.engine.read(SHORTEST_OPS[maxHops]!, { from: swap ? to.id : from.id, to: swap ? from.id : to.id, limit: ENGINE_LIMIT });
    const routes = new Map<string, RawHop[]>();
    for (const row of rows) {
      let hops = hopsOfRow(ShortestRow.parse(row));
      if (swap) hops = hops.reverse().map(reverseHop);
      const key = routeKey(hops);
      const held = routes.get(key);
      // Of the season squads one route crosses, keep the latest (as the in-process search does).
      if (held ? routeLatest(hops) > routeLatest(held) : routes.size < MAX_ROUTES) routes.set(key, hops);
    }
    return [...routes.values()];
  }

  /** Bidirectional breadth-first search; each level is one parameterised expansion per batch. */
  private async searchRoutes(fromId: string, toId: string, maxHops: number, allowed: Set<Relation> | null, window: { from: string; to: string } | null): Promise<RawHop[][]> {
    const roles = new Set(rolesFor(allowed ?? new Set(RELATIONS)));
    const ends = new Set([fromId, toId]);
    type Side = { dist: Map<string, number>; parents: Map<string, Map<string, RawHop>>; frontier: string[]; depth: number };
    const side = (id: string): Side => ({ dist: new Map([[id, 0]]), parents: new Map(), frontier: [id], depth: 0 });
    const sides: [Side, Side] = [side(fromId), side(toId)];
    while (sides[0].depth + sides[1].depth < maxHops) {
      const which = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
      const s = sides[which];
      const other = sides[1 - which]!;
      if (s.frontier.length === 0) return [];
      if (s.frontier.length > MAX_FRONTIER) {
        throw tooManyPeople(MAX_FRONTIER);
      }
      const next = new Set<string>();
      for (let i = 0; i < s.frontier.length; i += EXPANSION_BATCH) {
        const rows = await this.engine.read('paths/neighbours', { ids: s.frontier.slice(i, i + EXPANSION_BATCH) });
        for (const raw of rows) {
          const r = NeighbourRow.parse(raw);
          // Teams only ever end a path.
          if (r.targetType !== 'PERSON' && !ends.has(r.target)) continue;
          if (!roles.has(r.sourceRole) || !roles.has(r.targetRole)) continue;
          const relation = hopRelation(r.via, r.kind, r.type, r.sourceRole, r.targetRole);
          if (!relation || (allowed && !allowed.has(relation))) continue;
          const fromLink: RawLink = { role: r.sourceRole, factId: r.sourceFact, lo: r.sourceLo, hi: r.sourceHi };
          const toLink: RawLink = { role: r.targetRole, factId: r.targetFact, lo: r.targetLo, hi: r.targetHi };
          if (!linksHold(fromLink, toLink, window)) continue;
          const d = s.dist.get(r.target);
          if (d !== undefined && d !== s.depth + 1) continue;
          if (d === undefined) {
            s.dist.set(r.target, s.depth + 1);
            next.add(r.target);
          }
          const hop: RawHop = { from: r.source, to: r.target, via: r.via, teamId: r.teamId, kind: r.kind, type: r.type, confidence: r.confidence, fromLink, toLink };
          let ps = s.parents.get(r.target);
          if (!ps) s.parents.set(r.target, (ps = new Map()));
          const held = ps.get(hopKey(hop));
          if (!held || routeLatest([hop]) > routeLatest([held])) ps.set(hopKey(hop), hop);
        }
      }
      s.depth++;
      s.frontier = [...next].sort();
      const meeting = s.frontier.filter((id) => other.dist.has(id));
      if (meeting.length > 0) return this.joinRoutes(meeting, sides[0], sides[1], fromId, toId);
    }
    return [];
  }

  /** Every route through the meeting points: origin side forwards, destination side reversed. */
  private joinRoutes(meeting: string[], a: { parents: Map<string, Map<string, RawHop>> }, b: { parents: Map<string, Map<string, RawHop>> }, fromId: string, toId: string): RawHop[][] {
    const chains = (node: string, origin: string, parents: Map<string, Map<string, RawHop>>, cap: number): RawHop[][] => {
      if (node === origin) return [[]];
      const out: RawHop[][] = [];
      for (const hop of parents.get(node)?.values() ?? []) {
        for (const chain of chains(hop.from, origin, parents, cap)) {
          out.push([...chain, hop]);
          if (out.length >= cap) return out;
        }
      }
      return out;
    };
    const routes = new Map<string, RawHop[]>();
    for (const m of meeting) {
      for (const left of chains(m, fromId, a.parents, MAX_ROUTES)) {
        for (const right of chains(m, toId, b.parents, MAX_ROUTES)) {
          const hops = [...left, ...right.reverse().map(reverseHop)];
          routes.set(routeKey(hops), hops);
          if (routes.size >= MAX_ROUTES) return [...routes.values()];
        }
      }
    }
    return [...routes.values()];
  }

  /** Explains routes from their facts, names and citations: three batched reads for any number of routes. */
  private async explainRoutes(routes: readonly RouteModel[]): Promise<(ExplainedPathModel | null)[]> {
    const factIds = new Set<string>();
    for (const r of routes) {
      for (const h of r.hops) {
        for (const step of [h, ...(h.also ?? [])]) {
          if (step.via.startsWith('fact:')) factIds.add(step.via);
          else for (const l of [step.fromLink, step.toLink]) if (l.role !== TEAM_ROLE) factIds.add(l.factId);
        }
      }
    }
    // The facts, their citations and the entities the routes name are read side by side (one
    // level); only people or teams named by connector facts alone need a second entity read.
    const known = new Set<string>();
    for (const r of routes) {
      for (const h of r.hops) {
        known.add(h.from).add(h.to);
        if (h.teamId) known.add(h.teamId);
      }
    }
    const factList = [...factIds];
    const [factRows, citationLists, firstEntities] = await Promise.all([
      Promise.all(factList.map((id) => this.facts.get(id))),
      Promise.all(factList.map((id) => this.sources.citationsOf(id))),
      this.entities.getMany([...known]),
    ]);
    const facts = new Map<string, AnyFact>();
    for (const f of factRows) if (f) facts.set(f.id, f);
    const entities = new Map<string, EntityModel>();
    [...known].forEach((id, i) => firstEntities[i] && entities.set(id, firstEntities[i]!));
    const more = new Set<string>();
    for (const r of routes) {
      for (const h of r.hops) {
        const f = facts.get(h.via);
        for (const role of ['team', 'person']) {
          const id = f ? ref(f, role) : null;
          if (id && !known.has(id)) more.add(id);
        }
      }
    }
    if (more.size > 0) {
      const ids = [...more];
      const loaded = await this.entities.getMany(ids);
      ids.forEach((id, i) => loaded[i] && entities.set(id, loaded[i]!));
    }
    const citations = new Map(factList.map((id, i) => [id, citationLists[i]!]));
    return routes.map((r) => {
      const hops: HopModel[] = [];
      for (const h of r.hops) {
        const hop = this.explainHop(h, facts, entities, citations);
        if (!hop) return null;
        hops.push(hop);
      }
      const ends = [hops[0]!.from, ...hops.map((h) => h.to)];
      const summary = [ends[0]!.name, ...hops.map((h) => `${RELATION_WORDS[h.relation]} → ${h.to.name}`)].join(' → ');
      return { ends, hops, summary };
    });
  }

  /**
   * A hop explained from its facts. A hop that routes were folded into (other spells of the same
   * two at the same team) is explained over all of them: every shared season, every fact behind it.
   */
  private explainHop(h: RouteHop, facts: Map<string, AnyFact>, entities: Map<string, EntityModel>, citations: Map<string, CitationModel[]>): HopModel | null {
    const from = entities.get(h.from);
    const to = entities.get(h.to);
    if (!from || !to) return null;
    const main = this.explainStep(h, from, to, h, facts, entities, citations);
    if (!main || !h.also?.length) return main;
    const steps = [main];
    for (const step of h.also) {
      const other = this.explainStep(h, from, to, step, facts, entities, citations);
      if (other) steps.push(other);
    }
    if (steps.length === 1) return main;
    const merged: AnyFact[] = [];
    for (const f of steps.flatMap((x) => x.facts)) if (!merged.includes(f)) merged.push(f);
    const seasons = [...new Set(steps.flatMap((x) => x.seasons))].sort();
    const period = withGaps(steps.map((x) => x.period).reduce(spanOf), seasons);
    const tournament = merged[0]!.kind === 'squad' ? String(merged[0]!.details.tournament ?? seasons[0] ?? '') : null;
    const team = main.team;
    const explanation = explainHop({ relation: h.relation, from, to, team: placeOf(team, from, to), period, fromRole: roleOf(h.fromLink), toRole: roleOf(h.toLink), fact: null, mover: null, tournament });
    return { ...main, period, seasons, explanation, facts: merged, sources: mergeCitations(merged.map((f) => citations.get(f.id) ?? [])) };
  }

  /** One step of a hop (`h` gives its relation and team): a connector fact, or a squad with the two memberships that meet there. */
  private explainStep(h: RouteHop, from: EntityModel, to: EntityModel, step: { via: string; fromLink: RawLink; toLink: RawLink }, facts: Map<string, AnyFact>, entities: Map<string, EntityModel>, citations: Map<string, CitationModel[]>): HopModel | null {
    const { relation } = h;
    if (step.via.startsWith('fact:')) {
      const fact = facts.get(step.via);
      if (!fact) return null;
      const period = periodOfFact(fact, isMoment(fact));
      const teamId = fact.kind === 'transfer' ? null : ref(fact, 'team');
      const team = teamId ? (entities.get(teamId) ?? null) : null;
      const moverId = fact.kind === 'transfer' ? ref(fact, 'person') : null;
      const mover = moverId ? (entities.get(moverId) ?? null) : null;
      // A membership fact (an undated spell or tenure) names the person's role at the team.
      const role = fact.kind === 'tenure' ? fact.type : null;
      const explanation = explainHop({ relation, from, to, team: placeOf(team, from, to), period, fromRole: role, toRole: role, fact, mover, tournament: null });
      return { from, to, relation, team, period, seasons: [], explanation, facts: [fact], sources: mergeCitations([citations.get(fact.id) ?? []]) };
    }
    const team = h.teamId ? (entities.get(h.teamId) ?? null) : null;
    if (!team) return null;
    const members = [step.fromLink, step.toLink].filter((l) => l.role !== TEAM_ROLE).map((l) => facts.get(l.factId));
    if (members.some((f) => !f)) return null;
    const memberFacts = members as AnyFact[];
    const shared = memberFacts.length === 2 ? sharedPeriod(memberFacts[0]!, memberFacts[1]!, this.today) : ownPeriod(memberFacts[0]!, this.today);
    if (!shared) return null;
    const tournament = memberFacts[0]!.kind === 'squad' ? String(memberFacts[0]!.details.tournament ?? shared.seasons[0] ?? '') : null;
    const explanation = explainHop({ relation, from, to, team, period: shared.period, fromRole: roleOf(step.fromLink), toRole: roleOf(step.toLink), fact: memberFacts.length === 1 ? memberFacts[0]! : null, mover: null, tournament });
    return { from, to, relation, team, period: shared.period, seasons: shared.seasons, explanation, facts: memberFacts, sources: mergeCitations(memberFacts.map((f) => citations.get(f.id) ?? [])) };
  }
}
