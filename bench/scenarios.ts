// Benchmark scenarios: the operations a frontend page sends.
import type { Operation } from './harness';

export interface Scenario {
  name: string;
  description: string;
  /** GraphQL nesting depth of the operation (levels of lists/objects that need data). */
  depth: number;
  operations: Operation[];
}

const PERSON_PAGE = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name
    spells(first: 50) { edges { node { start { text } end { text }
      team { id name ... on Club { headCoaches { person { id name } start { text } } } } } } }
  }
}`;

const CLUB_PAGE = `query ClubPage($id: ID!) {
  club(id: $id) {
    id name nicknames
    staffHistory(first: 50) { totalCount edges { node { role start { text } end { text } person { id name } } } }
  }
}`;

const PEOPLE = ['person:steven-defour', 'person:wouter-vrancken', 'person:besnik-hasi', 'person:vincent-kompany'];
const CLUBS = ['club:kv-mechelen', 'club:standard-liege', 'club:rsc-anderlecht', 'club:krc-genk'];

export const SCENARIOS: Record<string, Scenario> = {
  'person-page': {
    name: 'person-page',
    description: 'person → spells → clubs → head coaches → people',
    depth: 5,
    operations: PEOPLE.map((id) => ({ query: PERSON_PAGE, variables: { id } })),
  },
  'club-page': {
    name: 'club-page',
    description: 'club → staff history → people',
    depth: 3,
    operations: CLUBS.map((id) => ({ query: CLUB_PAGE, variables: { id } })),
  },
};

export function mixed(scenarios: Scenario[]): Scenario {
  return {
    name: 'mixed',
    description: `mixed reads: ${scenarios.map((s) => s.name).join(', ')}`,
    depth: Math.max(...scenarios.map((s) => s.depth)),
    operations: scenarios.flatMap((s) => s.operations),
  };
}
