// Benchmark scenarios: the operations a frontend page sends, built from the ids of the graph they
// run on (bench/graphs.ts). `depth` is the number of nested levels of the operation that need
// data from the database: the most database calls a request may make when the repositories batch
// each level into one call.
import type { Pools } from './graphs';
import type { Operation } from './harness';

export interface Scenario {
  name: string;
  description: string;
  depth: number;
  operations: Operation[];
  /** Each request picks an operation at random (Zipf-drawn pools), instead of cycling through them. */
  sampled?: boolean;
}

/** person (1) → spells (2) → team (3) → head coaches (4) → their person (5). */
export const PERSON_PAGE = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name
    spells(first: 50) { edges { node { start { text } end { text }
      team { id name ... on Club { headCoaches { person { id name } start { text } } } } } } }
  }
}`;

/** club (1) → staff history (2) → person (3). */
export const CLUB_PAGE = `query ClubPage($id: ID!) {
  club(id: $id) {
    id name nicknames
    staffHistory(first: 50) { totalCount edges { node { role start { text } end { text } person { id name } } } }
  }
}`;

/** The search index (1) → the people and clubs of the hits (2). */
export const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) {
    totalCount
    edges { matched match node { __typename ... on Person { id name } ... on Club { id name } ... on NationalTeam { id name } } }
  }
}`;

/**
 * The two ends (1) → the paths (2) → the facts of the hops (3) → their people, teams and
 * citations (4) → the sources cited (5).
 */
export const CONNECTIONS = `query Connect($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 5) {
    totalCount shortestLength
    edges { node { length summary hops { relation explanation period { text } sources { source { id } detail } } } }
  }
}`;

/** What someone types, a keystroke at a time: every prefix of a name from its second letter. */
export function prefixesOf(name: string, max = 12): string[] {
  const out: string[] = [];
  for (let i = 2; i <= Math.min(name.length, max); i++) {
    const p = name.slice(0, i);
    if (p.trim().length >= 2 && !p.endsWith(' ')) out.push(p);
  }
  return out;
}

export function buildScenarios(pools: Pools): Record<string, Scenario> {
  const scenarios: Record<string, Scenario> = {
    'person-page': {
      name: 'person-page',
      description: 'person → spells → clubs → head coaches → people',
      depth: 5,
      operations: pools.people.map((id) => ({ query: PERSON_PAGE, variables: { id } })),
    },
    'club-page': {
      name: 'club-page',
      description: 'club → staff history → people',
      depth: 3,
      operations: pools.clubs.map((id) => ({ query: CLUB_PAGE, variables: { id } })),
    },
    search: {
      name: 'search',
      description: 'search as you type: every prefix of a name, then the hits',
      depth: 2,
      operations: pools.names.flatMap((n) => prefixesOf(n)).map((q) => ({ query: SEARCH, variables: { q } })),
    },
    connections: {
      name: 'connections',
      description: '4-hop connections between two people, explained and sourced (first: 5)',
      depth: 5,
      operations: pools.pairs.map(([from, to]) => ({ query: CONNECTIONS, variables: { from, to } })),
    },
  };
  scenarios.mixed = mixed(Object.values(scenarios));
  if (pools.sampled) for (const sc of Object.values(scenarios)) sc.sampled = true;
  return scenarios;
}

/** Round-robin over the scenarios' operations, so no scenario's many operations crowd out the others. */
export function mixed(scenarios: Scenario[]): Scenario {
  const operations: Operation[] = [];
  const longest = Math.max(...scenarios.map((s) => s.operations.length));
  for (let i = 0; i < longest; i++) for (const s of scenarios) if (s.operations.length > 0) operations.push(s.operations[i % s.operations.length]!);
  return {
    name: 'mixed',
    description: `mixed reads, round-robin: ${scenarios.map((s) => s.name).join(', ')}`,
    depth: Math.max(...scenarios.map((s) => s.depth)),
    operations,
  };
}
