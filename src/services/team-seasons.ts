// Team seasons and tournament squads read from sourced facts: who the graph places at a team in
// one season (spells, staff tenures) or at one tournament (squad memberships), with the fact
// behind each place. Seasons are cut the way the derived squads cut them (membershipSegments),
// so these answers and the path queries agree.
import type { EntityModel } from '../domain/models/entities';
import { ofKind, type AnyFact, type FactOf } from '../domain/models/facts';
import { ref } from '../domain/models/facts';
import type { Repositories } from '../repositories';
import { membershipSegments, squadId } from '../domain/squads';
import { fold } from '../domain/fold';
import { parsePartialDate, type PartialDate } from '../domain/partial-date';

export interface TeamSeasonMemberModel {
  person: EntityModel;
  role: string;
  fact: AnyFact;
  from: string | null;
  to: string | null;
}

export interface TeamSeasonModel {
  id: string;
  team: EntityModel;
  season: string;
  from: string | null;
  to: string | null;
  members: TeamSeasonMemberModel[];
}

export interface TournamentSquadModel {
  tournament: string;
  tournamentId: string | null;
  team: EntityModel;
  date: PartialDate | null;
  players: FactOf<'squad'>[];
  managers: FactOf<'tenure'>[];
}

const today = () => new Date().toISOString().slice(0, 10);
const MEMBERSHIP = ['spell', 'tenure', 'squad'] as const;
const roleOf = (f: AnyFact) => (f.kind === 'tenure' ? (f.type ?? 'STAFF') : 'PLAYER');

interface Place {
  fact: AnyFact;
  person: string;
  team: string;
  season: string;
  seasonLo: string;
  seasonHi: string;
  lo: string | null;
  hi: string | null;
}

function places(facts: AnyFact[]): Place[] {
  const out: Place[] = [];
  const day = today();
  for (const f of facts) {
    const person = ref(f, 'person');
    const team = ref(f, 'team');
    if (!person || !team) continue;
    for (const s of membershipSegments(f, day)) out.push({ fact: f, person, team, season: s.season, seasonLo: s.seasonLo, seasonHi: s.seasonHi, lo: s.lo, hi: s.hi });
  }
  return out;
}

const overlap = (a: Place, b: Place) => (a.lo ?? '0000') <= (b.hi ?? '9999') && (b.lo ?? '0000') <= (a.hi ?? '9999');

async function members(list: Place[], repos: Repositories): Promise<TeamSeasonMemberModel[]> {
  const people = await repos.entities.getMany(list.map((p) => p.person));
  const out: TeamSeasonMemberModel[] = [];
  list.forEach((p, i) => {
    const person = people[i];
    if (person) out.push({ person, role: roleOf(p.fact), fact: p.fact, from: p.lo, to: p.hi });
  });
  return out.sort((a, b) => Number(a.role !== 'PLAYER') - Number(b.role !== 'PLAYER') || a.person.name.localeCompare(b.person.name) || a.fact.id.localeCompare(b.fact.id));
}

/** A club's (or national team's) squad in one season; null when the graph places nobody there. */
export async function teamSeason(team: EntityModel, season: string, repos: Repositories): Promise<TeamSeasonModel | null> {
  const facts = await repos.facts.about(team.id, [...MEMBERSHIP], 'team');
  const here = places(facts).filter((p) => p.team === team.id && p.season === season);
  if (here.length === 0) return null;
  return { id: squadId(team.id, season), team, season, from: here[0]!.seasonLo || null, to: here[0]!.seasonHi || null, members: await members(here, repos) };
}

/** The team seasons two people shared: both members at the same team in the same season, at the same time. */
export async function sharedSeasons(a: EntityModel, otherId: string, teamId: string | null, repos: Repositories): Promise<TeamSeasonModel[]> {
  const [mine, theirs] = await Promise.all([repos.facts.about(a.id, [...MEMBERSHIP], 'person'), repos.facts.about(otherId, [...MEMBERSHIP], 'person')]);
  const ours = places(mine).filter((p) => p.person === a.id && (!teamId || p.team === teamId));
  const others = places(theirs).filter((p) => p.person === otherId && (!teamId || p.team === teamId));
  const byKey = new Map<string, Place[]>();
  for (const p of ours) {
    const matches = others.filter((o) => o.team === p.team && o.season === p.season && overlap(o, p));
    if (matches.length === 0) continue;
    const key = `${p.team}\u0000${p.season}`;
    const list = byKey.get(key) ?? [];
    for (const x of [p, ...matches]) if (!list.some((y) => y.fact.id === x.fact.id && y.person === x.person)) list.push(x);
    byKey.set(key, list);
  }
  const teams = await repos.entities.getMany([...new Set([...byKey.values()].map((l) => l[0]!.team))]);
  const teamById = new Map(teams.filter((t): t is EntityModel => t !== null).map((t) => [t.id, t]));
  const out: TeamSeasonModel[] = [];
  for (const list of byKey.values()) {
    const first = list[0]!;
    const team = teamById.get(first.team);
    if (!team) continue;
    out.push({ id: squadId(team.id, first.season), team, season: first.season, from: first.seasonLo || null, to: first.seasonHi || null, members: await members(list, repos) });
  }
  return out.sort((x, y) => (x.from ?? '').localeCompare(y.from ?? '') || x.id.localeCompare(y.id));
}

/** Tournament squads of a national team, in date order; `filter` keeps one by year, id or name. */
export async function tournamentSquads(team: EntityModel, filter: string | null | undefined, repos: Repositories): Promise<TournamentSquadModel[]> {
  const facts = await repos.facts.about(team.id, ['squad', 'tenure'], 'team');
  const squads = new Map<string, TournamentSquadModel>();
  for (const f of facts) {
    if (f.kind !== 'squad') continue;
    const id = typeof f.details.tournamentId === 'string' ? f.details.tournamentId : null;
    const name = typeof f.details.tournament === 'string' ? f.details.tournament : (id ?? 'tournament');
    const key = id ?? name;
    let s = squads.get(key);
    if (!s) {
      const date = f.start && f.end && f.start.lo !== f.end.hi ? parsePartialDate(`${f.start.lo}..${f.end.hi}`) : f.start;
      squads.set(key, (s = { tournament: name, tournamentId: id, team, date, players: [], managers: [] }));
    }
    s.players.push(f);
  }
  const wanted = filter?.trim() ? fold(filter) : null;
  const out = [...squads.values()].filter((s) => {
    if (!wanted) return true;
    const id = s.tournamentId ? fold(s.tournamentId) : '';
    return id === wanted || fold(s.tournament) === wanted || fold(s.tournament).split(' ')[0] === wanted || id.endsWith(` ${wanted}`);
  });
  for (const s of out) {
    const lo = s.date?.lo ?? '';
    const hi = s.date?.hi ?? '';
    s.managers = ofKind(facts, 'tenure').filter((f) => f.type === 'MANAGER' && f.start !== null && f.start.lo <= hi && (f.end?.hi ?? '9999') >= lo);
    const shirt = (f: FactOf<'squad'>) => f.details.shirtNumber ?? 999;
    s.players.sort((a, b) => shirt(a) - shirt(b) || a.id.localeCompare(b.id));
  }
  return out.sort((a, b) => (a.date?.lo ?? '').localeCompare(b.date?.lo ?? '') || a.tournament.localeCompare(b.tournament));
}
