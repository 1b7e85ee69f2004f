// An in-process index of the derived LINK graph (entities ↔ squads and connector facts) for path
// queries, and the breadth-first searches that run on it. Pure and engine-free: built from two
// reads of every LINK (cypher/paths/link-index-*), shared by every request until the derived data
// is rebuilt. Strings are interned and edges kept in typed arrays (compressed adjacency in both
// directions), so the imported graph's ~490k links take tens of MB.
//
// Semantics follow the Cypher it replaces (cypher/paths/shortest-<n>): paths alternate entity,
// connector, entity …; every entity inside a path is a person; teams only end a path.
import type { RouteHop } from '../../domain/models/paths';

export interface LinkRecord {
  entity: string;
  entityType: string;
  connector: string;
  /** Squads: the team. */
  teamId: string | null;
  /** Connector facts: kind, type and confidence. */
  kind: string | null;
  type: string | null;
  confidence: number | null;
  role: string;
  factId: string;
  lo: string | null;
  hi: string | null;
}

/** One hop as the path service models it: two LINKs through one connector (its relation is read later). */
export type IndexHop = Omit<RouteHop, 'relation'>;

const NONE = -1;

class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string | null): number {
    if (s === null) return NONE;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.push(s) - 1;
      this.ids.set(s, i);
    }
    return i;
  }
  get(i: number): string | null {
    return i === NONE ? null : this.values[i]!;
  }
}

/** Growable Int32 column. */
class Column {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class LinkIndexBuilder {
  private readonly strings = new Interner();
  private readonly entities = new Map<string, number>();
  private readonly entityIds: string[] = [];
  private readonly entityPerson: boolean[] = [];
  private readonly connectors = new Map<string, number>();
  private readonly connectorIds: string[] = [];
  private readonly connTeam: number[] = [];
  private readonly connKind: number[] = [];
  private readonly connType: number[] = [];
  private readonly connConfidence: number[] = [];
  private readonly edges = { entity: new Column(), conn: new Column(), role: new Column(), fact: new Column(), lo: new Column(), hi: new Column() };

  add(r: LinkRecord): void {
    let e = this.entities.get(r.entity);
    if (e === undefined) {
      e = this.entityIds.push(r.entity) - 1;
      this.entities.set(r.entity, e);
      this.entityPerson.push(r.entityType === 'PERSON');
    }
    let c = this.connectors.get(r.connector);
    if (c === undefined) {
      c = this.connectorIds.push(r.connector) - 1;
      this.connectors.set(r.connector, c);
      this.connTeam.push(this.strings.id(r.teamId));
      this.connKind.push(this.strings.id(r.kind));
      this.connType.push(this.strings.id(r.type));
      this.connConfidence.push(r.confidence ?? Number.NaN);
    }
    this.edges.entity.push(e);
    this.edges.conn.push(c);
    this.edges.role.push(this.strings.id(r.role));
    // A squad LINK's fact id is the membership fact; a connector's is the connector itself.
    this.edges.fact.push(this.strings.id(r.factId));
    this.edges.lo.push(this.strings.id(r.lo));
    this.edges.hi.push(this.strings.id(r.hi));
  }

  build(): LinkIndex {
    return new LinkIndex(
      this.strings,
      this.entities,
      this.entityIds,
      Uint8Array.from(this.entityPerson, (p) => (p ? 1 : 0)),
      this.connectorIds,
      {
        team: Int32Array.from(this.connTeam),
        kind: Int32Array.from(this.connKind),
        type: Int32Array.from(this.connType),
        confidence: Float64Array.from(this.connConfidence),
      },
      {
        entity: this.edges.entity.done(),
        conn: this.edges.conn.done(),
        role: this.edges.role.done(),
        fact: this.edges.fact.done(),
        lo: this.edges.lo.done(),
        hi: this.edges.hi.done(),
      },
    );
  }
}

/** Edge lists grouped by a key column (compressed sparse rows). */
function groupBy(keys: Int32Array, count: number): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const edges = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) edges[fill[keys[i]!]!++] = i;
  return { start, edges };
}

export interface SearchLimits {
  /** Person-to-person hops. */
  maxHops: number;
  /** Routes returned at most. */
  maxRoutes: number;
}

export class LinkIndex {
  private readonly byEntity: { start: Int32Array; edges: Int32Array };
  private readonly byConnector: { start: Int32Array; edges: Int32Array };

  constructor(
    private readonly strings: Interner,
    private readonly entities: Map<string, number>,
    private readonly entityIds: string[],
    private readonly person: Uint8Array,
    private readonly connectorIds: string[],
    private readonly conn: { team: Int32Array; kind: Int32Array; type: Int32Array; confidence: Float64Array },
    private readonly edge: { entity: Int32Array; conn: Int32Array; role: Int32Array; fact: Int32Array; lo: Int32Array; hi: Int32Array },
  ) {
    this.byEntity = groupBy(edge.entity, entityIds.length);
    this.byConnector = groupBy(edge.conn, connectorIds.length);
  }

  get size(): { entities: number; connectors: number; links: number; strings: number } {
    return { entities: this.entityIds.length, connectors: this.connectorIds.length, links: this.edge.entity.length, strings: this.strings.values.length };
  }

  /** The hop from the entity of edge `a` to the entity of edge `b` (both on one connector). */
  private hop(a: number, b: number): IndexHop {
    const c = this.edge.conn[a]!;
    const link = (e: number) => ({ role: this.strings.get(this.edge.role[e]!)!, factId: this.strings.get(this.edge.fact[e]!)!, lo: this.strings.get(this.edge.lo[e]!), hi: this.strings.get(this.edge.hi[e]!) });
    const confidence = this.conn.confidence[c]!;
    return {
      from: this.entityIds[this.edge.entity[a]!]!,
      to: this.entityIds[this.edge.entity[b]!]!,
      via: this.connectorIds[c]!,
      teamId: this.strings.get(this.conn.team[c]!),
      kind: this.strings.get(this.conn.kind[c]!),
      type: this.strings.get(this.conn.type[c]!),
      confidence: Number.isNaN(confidence) ? null : confidence,
      fromLink: link(a),
      toLink: link(b),
    };
  }

  /**
   * Every shortest route of at most `maxHops` hops between two entities (capped at `maxRoutes`),
   * as hop lists from `fromId` to `toId`; [] when none. Inside a route only people; either end may
   * be a team. `accept`, when given, is asked about every hop before it is walked (the filtered
   * search); hops are handed to it in the direction of the walk. `hopKey` tells hops apart: hops
   * with one key are one hop (the same two memberships met in several season squads).
   * `maxVisited` bounds the entities one search may reach; past it the search gives up (null).
   */
  shortestRoutes(fromId: string, toId: string, limits: SearchLimits & { maxVisited?: number }, hopKey: (hop: IndexHop) => string, accept?: (hop: IndexHop) => boolean): IndexHop[][] | null {
    const from = this.entities.get(fromId);
    const to = this.entities.get(toId);
    if (from === undefined || to === undefined || from === to) return [];
    // Per side: the distance of every entity reached, and for each the edge pairs (a on the
    // entity it was reached from, b on it) of every hop reaching it at that distance.
    type Side = { dist: Map<number, number>; parents: Map<number, number[]>; frontier: number[]; depth: number; origin: number };
    const side = (origin: number): Side => ({ dist: new Map([[origin, 0]]), parents: new Map(), frontier: [origin], depth: 0, origin });
    const sides: [Side, Side] = [side(from), side(to)];
    const maxVisited = limits.maxVisited ?? Number.POSITIVE_INFINITY;
    const links = (e: number) => this.byEntity.start[e + 1]! - this.byEntity.start[e]!;
    while (sides[0].depth + sides[1].depth < limits.maxHops) {
      // Expand the side with fewer links to walk.
      const weight = (s: Side) => s.frontier.reduce((n, e) => n + links(e), 0);
      const which = weight(sides[0]) <= weight(sides[1]) ? 0 : 1;
      const s = sides[which];
      const other = sides[1 - which]!;
      if (s.frontier.length === 0) return [];
      const next: number[] = [];
      const d = s.depth + 1;
      for (const e of s.frontier) {
        // Teams only end a route: a team is walked from only when it is where the search starts.
        if (!this.person[e] && e !== s.origin) continue;
        for (let i = this.byEntity.start[e]!; i < this.byEntity.start[e + 1]!; i++) {
          const a = this.byEntity.edges[i]!;
          const c = this.edge.conn[a]!;
          for (let j = this.byConnector.start[c]!; j < this.byConnector.start[c + 1]!; j++) {
            const b = this.byConnector.edges[j]!;
            const t = this.edge.entity[b]!;
            if (t === e) continue;
            if (!this.person[t] && t !== other.origin) continue;
            const seen = s.dist.get(t);
            if (seen !== undefined && seen !== d) continue;
            if (accept && !accept(this.hop(a, b))) continue;
            if (seen === undefined) {
              s.dist.set(t, d);
              next.push(t);
            }
            let ps = s.parents.get(t);
            if (!ps) s.parents.set(t, (ps = []));
            ps.push(a, b);
          }
        }
      }
      s.depth = d;
      s.frontier = next;
      if (s.dist.size + other.dist.size > maxVisited) return null;
      // The shortest routes pass through the entities both sides reached at the least total distance.
      let best = Number.POSITIVE_INFINITY;
      for (const t of next) {
        const k = other.dist.get(t);
        if (k !== undefined && d + k < best) best = d + k;
      }
      if (best !== Number.POSITIVE_INFINITY) {
        const meeting = next.filter((t) => other.dist.get(t) === best - d).sort((x, y) => (this.entityIds[x]! < this.entityIds[y]! ? -1 : 1));
        return this.join(meeting, sides[0], sides[1], limits.maxRoutes, hopKey);
      }
    }
    return [];
  }

  /** Every route through the meeting entities: origin side forwards, destination side reversed. */
  private join(meeting: number[], a: { parents: Map<number, number[]>; origin: number }, b: { parents: Map<number, number[]>; origin: number }, cap: number, hopKey: (h: IndexHop) => string): IndexHop[][] {
    // Chains from the origin of `side` to `node`, as hops in route order (forward: the origin
    // side, from its origin; backward: the destination side, towards its origin).
    const chains = (node: number, side: { parents: Map<number, number[]>; origin: number }, forward: boolean): IndexHop[][] => {
      if (node === side.origin) return [[]];
      // One hop per parent and key: of the squads of several seasons that join the same two
      // memberships, the latest (ranking prefers recent links).
      const best = new Map<string, { hop: IndexHop; parent: number }>();
      const ps = side.parents.get(node) ?? [];
      for (let i = 0; i < ps.length; i += 2) {
        const h = forward ? this.hop(ps[i]!, ps[i + 1]!) : this.hop(ps[i + 1]!, ps[i]!);
        const parent = this.edge.entity[ps[i]!]!;
        const key = `${parent}|${hopKey(h)}`;
        const held = best.get(key);
        if (!held || latest(h) > latest(held.hop)) best.set(key, { hop: h, parent });
      }
      const out: IndexHop[][] = [];
      for (const { hop, parent } of best.values()) {
        for (const chain of chains(parent, side, forward)) {
          out.push(forward ? [...chain, hop] : [hop, ...chain]);
          if (out.length >= cap) return out;
        }
      }
      return out;
    };
    const routes: IndexHop[][] = [];
    for (const m of meeting) {
      const rights = chains(m, b, false);
      for (const left of chains(m, a, true)) {
        for (const right of rights) {
          routes.push([...left, ...right]);
          if (routes.length >= cap) return routes;
        }
      }
    }
    return routes;
  }
}

/** The later end of a hop's two LINKs ('' when undated). */
function latest(h: IndexHop): string {
  const a = h.fromLink.hi ?? '';
  const b = h.toLink.hi ?? '';
  return a > b ? a : b;
}
