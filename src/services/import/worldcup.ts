// The Fjelstul World Cup importer: national teams, players and managers of every tournament,
// squad memberships (tournament, shirt number, position) and managers' tenures. Players have
// ids and birth dates here, so they are linked to people already in the graph by name, birth
// date and nationality; a manager is the player with the same Wikipedia page when there is one.
import path from 'node:path';
import type { FactSeed } from '../../domain/types';
import { countryCode } from './countries';
import { readCsv } from './csv';
import { DATASET } from '../../knowledge/datasets';
import { ImportError } from './errors';
import { listFiles } from './files';
import { fold, personKey, slug } from './names';
import { linkConfidence, parseDay, pickMatch, PersonIndex, type Identity, type MatchResult } from './person-resolver';
import { emptyPlan, type EntityDraft, type ImportPlan } from './plan';
import type { Progress } from './progress';
import { ownedBy, priorLink, type KnownEntity } from './registry';
import type { ImportReport, ReviewItem } from './report';

const FILES = {
  tournaments: ['tournament_id', 'tournament_name', 'year', 'start_date', 'end_date'],
  teams: ['team_id', 'team_name', 'team_code'],
  players: ['player_id', 'family_name', 'given_name', 'birth_date', 'female', 'goal_keeper', 'defender', 'midfielder', 'forward', 'player_wikipedia_link'],
  squads: ['tournament_id', 'team_id', 'player_id', 'shirt_number', 'position_name'],
  managers: ['manager_id', 'family_name', 'given_name', 'female', 'country_name', 'manager_wikipedia_link'],
  manager_appointments: ['tournament_id', 'team_id', 'manager_id'],
} as const;

type FileName = keyof typeof FILES;
type Rec = { fields: Record<string, string>; line: number; raw: string };

const NA = 'not applicable';
const isDay = (t: string) => /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`));

export interface WorldCupData {
  tables: Record<FileName, Rec[]>;
  read: number;
}

export const WORLDCUP_FILES = new Set(Object.keys(FILES).map((f) => `${f}.csv`));

/** Reads the CSV files of the `data-csv` directory (found anywhere under `root`). */
export async function readWorldCup(root: string, report: ImportReport, progress: Progress): Promise<WorldCupData> {
  const all = listFiles(root, (n) => n.endsWith('.csv'), 'World Cup CSV files');
  const names = Object.keys(FILES) as FileName[];
  const tables = {} as Record<FileName, Rec[]>;
  let read = 0;
  progress.phase('worldcup: reading', names.length);
  for (const [i, name] of names.entries()) {
    const file = all.find((f) => path.basename(f) === `${name}.csv`);
    if (!file) throw new ImportError('INPUT_NOT_FOUND', `${name}.csv not found under ${root} (expected the data-csv directory of the Fjelstul World Cup Database)`);
    const rows: Rec[] = [];
    for await (const r of readCsv(file, FILES[name], (rej) => {
      read++;
      report.reject({ source: 'worldcup', file: `${name}.csv`, line: rej.line, reason: rej.reason, raw: rej.raw });
    })) {
      read++;
      rows.push(r);
    }
    tables[name] = rows;
    progress.update(i + 1);
  }
  return { tables, read };
}

interface Tournament { id: string; name: string; start: string; end: string; women: boolean }
interface Team { id: string; name: string; code: string }

export interface WorldCupContext {
  people: KnownEntity[];
  teams: KnownEntity[];
  report: ImportReport;
}

export function planWorldCup(data: WorldCupData, ctx: WorldCupContext): ImportPlan {
  const plan = emptyPlan();
  const notes: ReviewItem[] = [];
  const reject = (file: string, r: Rec, reason: string) => ctx.report.reject({ source: 'worldcup', file, line: r.line, reason, raw: r.raw });

  const tournaments = new Map<string, Tournament>();
  for (const r of data.tables.tournaments) {
    const f = r.fields;
    if (!f.tournament_id || !isDay(f.start_date ?? '') || !isDay(f.end_date ?? '')) {
      reject('tournaments.csv', r, 'tournament without id or with a malformed date');
      continue;
    }
    tournaments.set(f.tournament_id, { id: f.tournament_id, name: f.tournament_name!, start: f.start_date!, end: f.end_date!, women: /women/i.test(f.tournament_name ?? '') });
  }
  const teams = new Map<string, Team>();
  for (const r of data.tables.teams) teams.set(r.fields.team_id!, { id: r.fields.team_id!, name: r.fields.team_name!, code: r.fields.team_code! });

  // National teams: men's `nt:<country>`, women's `nt:<country>-women`.
  const knownTeams = new Map(ctx.teams.map((t) => [t.id, t]));
  const teamByName = new Map<string, KnownEntity>();
  for (const t of ctx.teams) for (const n of t.names) if (!teamByName.has(fold(n))) teamByName.set(fold(n), t);
  const teamIds = new Map<string, string>();
  const teamId = (team: Team, women: boolean): string => {
    const k = `${team.id}|${women}`;
    let id = teamIds.get(k);
    if (id) return id;
    const natural = `nt:${slug(team.name)}${women ? '-women' : ''}`;
    const name = women ? `${team.name} women` : team.name;
    const existing = knownTeams.get(natural) ?? teamByName.get(fold(name));
    id = existing?.id ?? natural;
    teamIds.set(k, id);
    plan.entities.set(id, {
      id,
      type: 'NATIONAL_TEAM',
      name: existing?.name ?? name,
      spellings: [name, team.code].filter((s) => s !== existing?.name),
      country: countryCode(team.name),
      citation: { source: DATASET.worldcup, detail: `teams.csv: ${team.id} ${team.name}${women ? ' (women)' : ''}`, confidence: 1 },
      ...(existing ? { merge: { curated: existing.curated } } : {}),
    });
    return id;
  };

  // Players in squads, linked to people in the graph.
  const index = new PersonIndex(ctx.people);
  const taken = new Set(ctx.people.map((p) => p.id));
  const players = new Map<string, Rec>();
  for (const r of data.tables.players) players.set(r.fields.player_id!, r);
  const playerTeam = new Map<string, Team>();
  const used = new Map<string, Rec[]>();
  for (const r of data.tables.squads) {
    const f = r.fields;
    const t = tournaments.get(f.tournament_id!);
    const team = teams.get(f.team_id!);
    const p = players.get(f.player_id!);
    if (!t || !team || !p) {
      reject('squads.csv', r, !t ? `unknown tournament ${f.tournament_id}` : !team ? `unknown team ${f.team_id}` : `unknown player ${f.player_id}`);
      continue;
    }
    if (f.shirt_number && !/^\d{1,3}$/.test(f.shirt_number)) {
      reject('squads.csv', r, `shirt number "${f.shirt_number.slice(0, 10)}" is not a number`);
      continue;
    }
    playerTeam.set(f.player_id!, team);
    const list = used.get(f.player_id!);
    if (list) list.push(r);
    else used.set(f.player_id!, [r]);
  }

  const displayOf = (family: string, given: string) => (given && given !== NA ? `${given} ${family}` : family);
  // Players and managers an earlier run placed: by the id this dataset gives them, kept in the
  // details of the people it created and in the citations of the people it linked.
  const placed = new Map<string, string>();
  for (const k of ctx.people) {
    for (const key of ['worldcupPlayerId', 'worldcupManagerId']) if (typeof k.details[key] === 'string') placed.set(k.details[key] as string, k.id);
    for (const c of k.citations) {
      if (c.source !== DATASET.worldcup) continue;
      const m = c.detail.match(/: ([PM]-\d+)\b/);
      if (m) placed.set(m[1]!, k.id);
    }
  }
  const personOfPlayer = new Map<string, string>();
  const personOfWiki = new Map<string, string>();
  const claims = new Map<string, { player: string; m: MatchResult }[]>();
  const playerIds = [...used.keys()].sort();
  const identities = new Map<string, Identity & { natural: string; display: string }>();
  const linkStrength = new Map<string, number>();
  // People an earlier run placed a player on are that player's; nobody else claims them.
  const held = new Set(playerIds.map((pid) => placed.get(pid)).filter((id): id is string => id !== undefined && index.byId.has(id)));
  for (const pid of playerIds) {
    const f = players.get(pid)!.fields;
    const display = displayOf(f.family_name!, f.given_name!);
    const birth = isDay(f.birth_date ?? '') ? { lo: parseDay(f.birth_date!), hi: parseDay(f.birth_date!) } : null;
    const nat = countryCode(playerTeam.get(pid)!.name);
    const who = { keys: [personKey(display)], nationalities: nat ? [nat] : [], birth, natural: `person:${slug(display) || 'person'}`, display };
    identities.set(pid, who);
    const earlier = placed.get(pid);
    if (earlier && index.byId.has(earlier)) {
      personOfPlayer.set(pid, earlier);
      const again = index.candidates(who).find((c) => c.known.id === earlier);
      linkStrength.set(pid, again?.strength ?? 0);
      continue;
    }
    const candidates = index.candidates(who).filter((c) => !held.has(c.known.id));
    const found = pickMatch(candidates, who.natural);
    if (found === 'ambiguous') {
      notes.push({ kind: 'person-ambiguous', ids: candidates.map((c) => c.known.id), names: [display], note: `World Cup player ${pid} fits several people in the graph equally; not linked` });
      continue;
    }
    if (!found) continue;
    // Only corroborated links (or the only person of that name with nothing against it).
    const list = claims.get(found.known.id) ?? [];
    list.push({ player: pid, m: found });
    claims.set(found.known.id, list);
  }
  for (const [id, list] of claims) {
    list.sort((a, b) => b.m.strength - a.m.strength || a.player.localeCompare(b.player));
    if (list.length > 1 && list[0]!.m.strength === list[1]!.m.strength) {
      notes.push({ kind: 'person-ambiguous', ids: [id], names: list.map((l) => identities.get(l.player)!.display), note: `${list.length} World Cup players fit ${id} equally; none linked` });
      continue;
    }
    personOfPlayer.set(list[0]!.player, id);
    linkStrength.set(list[0]!.player, list[0]!.m.strength);
  }
  for (const pid of playerIds) {
    const rec = players.get(pid)!;
    const f = rec.fields;
    const who = identities.get(pid)!;
    let id = personOfPlayer.get(pid);
    // A person this dataset created in an earlier run is planned exactly as then.
    const found = id ? index.byId.get(id)! : null;
    const existing = found && !ownedBy(found, DATASET.worldcup) ? found : null;
    if (!id) {
      id = who.natural;
      const year = who.birth ? f.birth_date!.slice(0, 4) : null;
      if (taken.has(id) && year) id = `${who.natural}-${year}`;
      for (let i = 2; taken.has(id); i++) id = `${who.natural}-${i}`;
      taken.add(id);
      personOfPlayer.set(pid, id);
    }
    const wiki = f.player_wikipedia_link && f.player_wikipedia_link !== NA ? f.player_wikipedia_link : null;
    if (wiki) personOfWiki.set(wiki, id);
    const positions = [
      f.goal_keeper === '1' ? 'Goalkeeper' : null,
      f.defender === '1' ? 'Defender' : null,
      f.midfielder === '1' ? 'Midfielder' : null,
      f.forward === '1' ? 'Forward' : null,
    ].filter((p): p is string => p !== null);
    const birth = isDay(f.birth_date ?? '') ? f.birth_date! : null;
    const prior = existing ? priorLink(existing, DATASET.worldcup, /, linked by (.+)$/) : null;
    const strength = prior ? (prior.confidence >= 1 ? 2 : prior.confidence >= 0.8 ? 1 : 0) : (linkStrength.get(pid) ?? 0);
    const how = prior?.how ?? (strength >= 2 ? 'name, birth date and nationality' : strength === 1 ? 'name and birth date or nationality' : 'name only');
    const draft: EntityDraft = {
      id,
      type: 'PERSON',
      name: existing?.name ?? who.display,
      spellings: [who.display],
      nationalities: who.nationalities,
      positions,
      birth,
      details: existing ? undefined : { worldcupPlayerId: pid, ...(wiki ? { wikipedia: wiki } : {}) },
      citation: {
        source: DATASET.worldcup,
        detail: existing
          ? `players.csv#L${rec.line}: ${pid}, linked by ${how}`
          : `players.csv#L${rec.line}: ${pid}`,
        confidence: existing ? linkConfidence(strength) : 1,
      },
      ...(existing ? { merge: { curated: existing.curated, ...(birth && !existing.curated && existing.birth?.precision === 'RANGE' ? { refineBirth: birth } : {}) } } : found ? { merge: { curated: false } } : {}),
    };
    if (existing && strength < 2) notes.push({ kind: 'person-merge', ids: [existing.id], names: [who.display], note: `World Cup player ${pid} linked on weak evidence` });
    plan.entities.set(id, draft);
  }

  // Squad memberships.
  for (const pid of playerIds) {
    for (const r of used.get(pid)!) {
      const f = r.fields;
      const t = tournaments.get(f.tournament_id!)!;
      const team = teams.get(f.team_id!)!;
      const shirt = Number(f.shirt_number);
      const id = `fact:squad:${f.tournament_id!.toLowerCase()}:${f.team_id!.toLowerCase()}:${pid.toLowerCase()}`;
      const fact: FactSeed = {
        id,
        kind: 'squad',
        type: 'WORLD_CUP',
        start: t.start,
        end: t.end,
        refs: { person: personOfPlayer.get(pid)!, team: teamId(team, t.women) },
        details: { tournament: t.name, tournamentId: t.id, ...(shirt > 0 ? { shirtNumber: shirt } : {}), ...(f.position_name && f.position_name !== NA ? { position: f.position_name } : {}) },
        sources: [{ source: DATASET.worldcup, detail: `squads.csv#L${r.line}`, confidence: 1 }],
      };
      plan.facts.set(id, fact);
    }
  }

  // Managers: the player with the same Wikipedia page, else a person of that name and nationality.
  const managers = new Map<string, Rec>();
  for (const r of data.tables.managers) managers.set(r.fields.manager_id!, r);
  const personOfManager = new Map<string, string>();
  const appointments = data.tables.manager_appointments.filter((r) => {
    const f = r.fields;
    const ok = tournaments.has(f.tournament_id!) && teams.has(f.team_id!) && managers.has(f.manager_id!);
    if (!ok) reject('manager_appointments.csv', r, `unknown ${!tournaments.has(f.tournament_id!) ? `tournament ${f.tournament_id}` : !teams.has(f.team_id!) ? `team ${f.team_id}` : `manager ${f.manager_id}`}`);
    return ok;
  });
  for (const mid of [...new Set(appointments.map((r) => r.fields.manager_id!))].sort()) {
    const rec = managers.get(mid)!;
    const f = rec.fields;
    const display = displayOf(f.family_name!, f.given_name!);
    const wiki = f.manager_wikipedia_link && f.manager_wikipedia_link !== NA ? f.manager_wikipedia_link : null;
    const nat = countryCode(f.country_name);
    let id = wiki ? personOfWiki.get(wiki) : undefined;
    let how = id ? 'the same Wikipedia page as a World Cup player' : '';
    const earlier = placed.get(mid);
    if (!id && earlier && index.byId.has(earlier)) {
      id = earlier;
      const prior = priorLink(index.byId.get(earlier)!, DATASET.worldcup, /, linked by (.+)$/);
      if (prior) how = prior.how;
    }
    let existing: KnownEntity | null = null;
    if (!id) {
      const natural = `person:${slug(display) || 'person'}`;
      const found = pickMatch(index.candidates({ keys: [personKey(display)], nationalities: nat ? [nat] : [], birth: null }), natural);
      if (found && found !== 'ambiguous' && found.strength >= 1) {
        id = found.known.id;
        if (!ownedBy(found.known, DATASET.worldcup)) {
          existing = found.known;
          how = 'name and nationality';
          notes.push({ kind: 'person-merge', ids: [id], names: [display], note: `World Cup manager ${mid} linked by name and nationality only` });
        }
      } else {
        if (found === 'ambiguous') notes.push({ kind: 'person-ambiguous', ids: [], names: [display], note: `World Cup manager ${mid} fits several people; kept apart` });
        id = natural;
        for (let i = 2; taken.has(id) || plan.entities.has(id); i++) id = `${natural}-${i}`;
        taken.add(id);
      }
    }
    personOfManager.set(mid, id);
    const prior = plan.entities.get(id);
    if (prior) {
      // The manager is a player already planned: only cite the managers table too.
      prior.spellings = [...new Set([...prior.spellings, display])];
      continue;
    }
    const own = index.byId.get(id);
    plan.entities.set(id, {
      id,
      type: 'PERSON',
      name: existing?.name ?? display,
      spellings: [display],
      nationalities: nat ? [nat] : [],
      details: existing ? undefined : { worldcupManagerId: mid, ...(wiki ? { wikipedia: wiki } : {}) },
      citation: { source: DATASET.worldcup, detail: `managers.csv#L${rec.line}: ${mid}${how ? `, linked by ${how}` : ''}`, confidence: existing ? 0.8 : 1 },
      ...(existing ? { merge: { curated: existing.curated } } : own ? { merge: { curated: false } } : {}),
    });
  }
  for (const r of appointments) {
    const f = r.fields;
    const t = tournaments.get(f.tournament_id!)!;
    const team = teams.get(f.team_id!)!;
    const id = `fact:tenure:${f.tournament_id!.toLowerCase()}:${f.team_id!.toLowerCase()}:${f.manager_id!.toLowerCase()}`;
    plan.facts.set(id, {
      id,
      kind: 'tenure',
      type: 'MANAGER',
      start: t.start,
      end: t.end,
      refs: { person: personOfManager.get(f.manager_id!)!, team: teamId(team, t.women) },
      details: { note: `manager at the ${t.name}` },
      sources: [{ source: DATASET.worldcup, detail: `manager_appointments.csv#L${r.line}`, confidence: 1 }],
    });
  }
  for (const n of notes) ctx.report.note(n);
  return plan;
}
