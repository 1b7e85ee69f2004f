// Checks a bulk-loaded graph through the running service: the person page (spells, their clubs,
// the clubs' head coaches) of the people the CSV generator noted (bench/bulk/csv.ts, SpotCheck)
// must show exactly what was generated for them.
import { PERSON_PAGE } from '../scenarios';
import type { SpotCheck } from './csv';

interface PersonPage {
  data?: { person: { id: string; name: string; spells: { edges: { node: { start: { text: string } | null; end: { text: string } | null; team: { id: string; headCoaches?: { person: { id: string }; start: { text: string } | null }[] } } }[] } } | null };
  errors?: { message: string }[];
}

/** One person page; a network failure (the service still draining a load run's backlog) is tried again. */
async function ask(url: string, id: string): Promise<PersonPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PERSON_PAGE, variables: { id } }), signal: AbortSignal.timeout(120_000) });
      return (await res.json()) as PersonPage;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 3000 * attempt));
    }
  }
}

/** Throws with the first difference; returns what it compared. */
export async function spotCheckPersonPages(url: string, expected: SpotCheck): Promise<{ people: number; spells: number; headCoaches: number }> {
  let spells = 0;
  let coaches = 0;
  for (const want of expected.people) {
    const body = await ask(url, want.id);
    const person = body.data?.person;
    if (!person) throw new Error(`spot check: ${want.id}: no person (${body.errors?.[0]?.message ?? 'null'})`);
    if (person.name !== want.name) throw new Error(`spot check: ${want.id}: name ${person.name}, generated ${want.name}`);
    const got = person.spells.edges.map((e) => `${e.node.team.id}|${e.node.start?.text}|${e.node.end?.text}`).sort();
    const exp = want.spells.map((s) => `${s.team}|${s.start}|${s.end}`).sort();
    if (JSON.stringify(got) !== JSON.stringify(exp)) throw new Error(`spot check: ${want.id}: spells ${JSON.stringify(got)}, generated ${JSON.stringify(exp)}`);
    spells += got.length;
    for (const e of person.spells.edges) {
      const team = e.node.team;
      const gotCoaches = (team.headCoaches ?? []).map((h) => `${h.person.id}|${h.start?.text}`).sort();
      const expCoaches = (expected.headCoaches[team.id] ?? []).map((h) => `${h.person}|${h.start}`).sort();
      if (JSON.stringify(gotCoaches) !== JSON.stringify(expCoaches)) throw new Error(`spot check: ${team.id}: head coaches ${JSON.stringify(gotCoaches)}, generated ${JSON.stringify(expCoaches)}`);
      coaches += gotCoaches.length;
    }
  }
  return { people: expected.people.length, spells, headCoaches: coaches };
}
