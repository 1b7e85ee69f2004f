// The derived squads and links an edit of one fact changes, as write steps for the edit's own
// transaction: the data readers traverse is never between a clear and a rebuild, on either
// engine, and an edit costs what its team's squads cost, not a rebuild of the whole graph.
//
// A membership (spell, tenure, tournament squad) changes the squads of its team in the seasons it
// covered before and covers after: those team-seasons are planned again from all of the team's
// memberships, exactly as the full rebuild plans them (same members in the same order, so the
// same squad ids), and replace the squads they had. Every fact's own LINKs (its ends, for
// relationships, successions, transfers, assistants and undated memberships) are replaced by the
// edited version's. Callers hold the edit lock, which full rebuilds hold too, so nothing else
// writes derived data between the read here and the commit.
import { randomUUID } from 'node:crypto';
import type { GraphEngine, Row, WriteStep } from '../../graph/engine';
import type { FactModel } from '../../domain/models/facts';
import { ref } from '../../domain/models/facts';
import { DERIVED_VERSION_KEY, DerivedPlanner, membershipSegments } from '../../domain/squads';
import { columns } from '../../graph/packed';
import { kindsDerivedAs, type FactKindName } from '../../domain/facts';
import { parsePartialDate } from '../../domain/partial-date';
import type { FactSeed } from '../../domain/types';

const MEMBERSHIP_KINDS = kindsDerivedAs('membership');
const CONNECTOR_KINDS = kindsDerivedAs('connector');

/** Whether derived squads or links depend on facts of this kind. */
function isDerivedKind(kind: string): boolean {
  return MEMBERSHIP_KINDS.has(kind) || CONNECTOR_KINDS.has(kind);
}

/**
 * A fact seed as the derived planner reads a fact: refs to entities only (the rebuild's fact
 * reads follow ABOUT edges to entities), each role's ids sorted as stored facts list them.
 */
export function plannerFact(seed: FactSeed): FactModel {
  const refs: Record<string, string[]> = {};
  for (const role of Object.keys(seed.refs).sort()) {
    const raw = seed.refs[role]!;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((id) => !id.startsWith('fact:')).sort();
    if (ids.length > 0) refs[role] = ids;
  }
  return {
    id: seed.id,
    kind: seed.kind as FactKindName,
    type: seed.type ?? null,
    start: seed.start ? parsePartialDate(seed.start) : null,
    end: seed.end ? parsePartialDate(seed.end) : null,
    details: seed.kind === 'squad' ? { ...(seed.details ?? {}) } : {},
    confidence: 1,
    refs,
  };
}

/** A stored membership fact as the full rebuild's planner reads it (see plannerFact). */
function storedFact(row: Row): FactModel {
  const pairs = JSON.parse(String(row.refs ?? '[]')) as [string, string][];
  const refs: Record<string, string[]> = {};
  for (const [role, id] of pairs) (refs[role] ??= []).push(id);
  const details = typeof row.details === 'string' && row.details !== '' ? (JSON.parse(row.details) as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return plannerFact({ id: String(row.id), kind: String(row.kind) as FactKindName, type: text(row.type), start: text(row.startText), end: text(row.endText), refs, details, sources: [] });
}

/** Team → seasons (or tournaments) whose squads a membership fact puts its person in. */
function teamSeasons(facts: (FactModel | null)[], today: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!f || !MEMBERSHIP_KINDS.has(f.kind)) continue;
    const team = ref(f, 'team');
    if (!team || !ref(f, 'person')) continue;
    let seasons = out.get(team);
    if (!seasons) out.set(team, (seasons = new Set()));
    for (const s of membershipSegments(f, today)) seasons.add(s.season);
  }
  return out;
}

/**
 * Write steps that bring squads and links from `before` (the fact as the database holds it, or
 * null for a new fact) to `after` (the fact as the edit writes it, or null for a retraction),
 * and stamp a new derived version (caches of derived data key on it). Empty when neither
 * version is of a kind derived data depends on.
 */
export async function derivedUpdateSteps(engine: GraphEngine, before: FactModel | null, after: FactModel | null, today = new Date().toISOString().slice(0, 10)): Promise<WriteStep[]> {
  const edited = (after ?? before)?.id;
  if (!edited || ![before, after].some((f) => f && isDerivedKind(f.kind))) return [];
  const steps: WriteStep[] = [];
  const squadsPlanner = new DerivedPlanner(today);
  const affected = teamSeasons([before, after], today);
  for (const [team, seasons] of affected) {
    if (seasons.size === 0) continue;
    const members: FactModel[] = [];
    for (const row of await engine.read('derived/team-membership-facts', { ids: [team] })) {
      const f = storedFact(row);
      if (f.id !== edited) members.push(f);
    }
    if (after && MEMBERSHIP_KINDS.has(after.kind) && ref(after, 'team') === team) members.push(after);
    // The full rebuild plans memberships in fact id order; so does this, for the same squad ids.
    members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const f of members) if (ref(f, 'team') === team) squadsPlanner.membership(f);
    steps.push({ op: 'derived/delete-team-squads', params: { team, seasons: [...seasons] } });
  }
  const { squads: planned, squadLinks: plannedLinks } = squadsPlanner.squads();
  const kept = new Set<string>();
  const squads = planned.filter((s) => {
    const keep = affected.get(s.teamId)?.has(s.season) ?? false;
    if (keep) kept.add(s.id);
    return keep;
  });
  const squadLinks = plannedLinks.filter((l) => kept.has(l.squad!));
  // The edited fact's own links: whatever it linked before goes; the new version's come back.
  const linksPlanner = new DerivedPlanner(today);
  if (after && MEMBERSHIP_KINDS.has(after.kind)) linksPlanner.membership(after);
  else if (after && CONNECTOR_KINDS.has(after.kind)) linksPlanner.connector(after);
  linksPlanner.squads();
  steps.push({ op: 'derived/delete-fact-links', params: { id: edited } });
  if (squads.length > 0) steps.push({ op: 'derived/create-squads', params: columns(squads, ['id', 'teamId', 'season', 'seasonLo', 'seasonHi']) });
  if (squadLinks.length > 0) steps.push({ op: 'derived/create-squad-links', params: columns(squadLinks, ['person', 'squad', 'factId', 'role', 'lo', 'hi']) });
  const factLinks = linksPlanner.factLinks;
  if (factLinks.length > 0) steps.push({ op: 'derived/create-fact-links', params: columns(factLinks, ['person', 'fact', 'factId', 'role', 'lo', 'hi']) });
  steps.push({ op: 'meta/set', params: { rows: [{ key: DERIVED_VERSION_KEY, value: `${new Date().toISOString()}:${randomUUID()}` }] } });
  return steps;
}
