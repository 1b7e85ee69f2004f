// The relation a hop stands for, read from the two LINKs it crosses (their roles) and the node
// between them (a squad, or a fact of some kind and type); and, backwards, which LINK roles a set
// of allowed relations may cross.
import { relationThrough } from './facts';
import { PLAYER_ROLE, TEAM_ROLE } from './link-roles';
import { StaffRoles } from './facts/tenure';
import type { Relation } from './models/paths';

export const RELATIONS: readonly Relation[] = [
  'PLAYED_TOGETHER', 'SAME_STAFF', 'COACHED', 'COACHED_BY', 'SAME_CLUB', 'MENTORED', 'MENTORED_BY', 'IN_CONTACT',
  'WORKED_WITH', 'SUCCEEDED', 'SUCCEEDED_BY', 'FAMILY', 'MARRIED', 'PLAYED_FOR', 'HAD_PLAYER', 'WORKED_AT', 'EMPLOYED', 'TRANSFER',
];

const STAFF_ROLES: readonly string[] = [...StaffRoles.options, 'STAFF'];
/** Staff roles that coach players; the others (video analyst, kit manager …) work beside them. */
export const COACHING_ROLES: ReadonlySet<string> = new Set(['HEAD_COACH', 'ASSISTANT_COACH', 'YOUTH_COACH', 'MANAGER']);

/** The other direction of a directed relation (symmetric relations map to themselves). */
export const INVERSE: Readonly<Record<Relation, Relation>> = {
  PLAYED_TOGETHER: 'PLAYED_TOGETHER', SAME_STAFF: 'SAME_STAFF', COACHED: 'COACHED_BY', COACHED_BY: 'COACHED', SAME_CLUB: 'SAME_CLUB',
  MENTORED: 'MENTORED_BY', MENTORED_BY: 'MENTORED', IN_CONTACT: 'IN_CONTACT', WORKED_WITH: 'WORKED_WITH', SUCCEEDED: 'SUCCEEDED_BY',
  SUCCEEDED_BY: 'SUCCEEDED', FAMILY: 'FAMILY', MARRIED: 'MARRIED', PLAYED_FOR: 'HAD_PLAYER', HAD_PLAYER: 'PLAYED_FOR',
  WORKED_AT: 'EMPLOYED', EMPLOYED: 'WORKED_AT', TRANSFER: 'TRANSFER',
};

/** Roles one person holds at a time: two holders "together" are a handover with imprecise dates. */
const SINGLE_HOLDER_ROLES: ReadonlySet<string> = new Set(['HEAD_COACH', 'MANAGER']);

/** Relation between two members of one squad, or between a team and a member (role TEAM). */
export function squadRelation(fromRole: string, toRole: string): Relation | null {
  if (fromRole === TEAM_ROLE) return toRole === PLAYER_ROLE ? 'HAD_PLAYER' : 'EMPLOYED';
  if (toRole === TEAM_ROLE) return fromRole === PLAYER_ROLE ? 'PLAYED_FOR' : 'WORKED_AT';
  if (fromRole === PLAYER_ROLE && toRole === PLAYER_ROLE) return 'PLAYED_TOGETHER';
  if (fromRole !== PLAYER_ROLE && toRole !== PLAYER_ROLE) return fromRole === toRole && SINGLE_HOLDER_ROLES.has(fromRole) ? null : 'SAME_STAFF';
  const staff = fromRole === PLAYER_ROLE ? toRole : fromRole;
  if (!COACHING_ROLES.has(staff)) return 'SAME_CLUB';
  return fromRole === PLAYER_ROLE ? 'COACHED_BY' : 'COACHED';
}

/** Relation of a hop through `via` (a squad id or a fact id) between LINKs of the given roles. */
export function hopRelation(via: string, kind: string | null, type: string | null, fromRole: string, toRole: string): Relation | null {
  return via.startsWith('squad:') ? squadRelation(fromRole, toRole) : relationThrough(kind ?? '', type, fromRole, toRole);
}

const ROLES_OF: Readonly<Record<Relation, readonly string[]>> = {
  PLAYED_TOGETHER: [PLAYER_ROLE],
  SAME_STAFF: [...STAFF_ROLES, 'person', 'under'],
  COACHED: [PLAYER_ROLE, ...COACHING_ROLES],
  COACHED_BY: [PLAYER_ROLE, ...COACHING_ROLES],
  SAME_CLUB: [PLAYER_ROLE, ...STAFF_ROLES.filter((r) => !COACHING_ROLES.has(r))],
  MENTORED: ['mentor', 'mentee'],
  MENTORED_BY: ['mentor', 'mentee'],
  IN_CONTACT: ['parties'],
  WORKED_WITH: ['parties'],
  SUCCEEDED: ['predecessor', 'successor'],
  SUCCEEDED_BY: ['predecessor', 'successor'],
  FAMILY: ['relative', 'person'],
  MARRIED: ['spouses'],
  PLAYED_FOR: [TEAM_ROLE, PLAYER_ROLE, 'person'],
  HAD_PLAYER: [TEAM_ROLE, PLAYER_ROLE, 'person'],
  WORKED_AT: [TEAM_ROLE, ...STAFF_ROLES, 'person'],
  EMPLOYED: [TEAM_ROLE, ...STAFF_ROLES, 'person'],
  TRANSFER: ['from', 'to'],
};

/** Allowing a relation allows its other direction too: filters are about kinds of link. */
export function expandAllowed(relations: readonly Relation[]): Set<Relation> {
  const out = new Set<Relation>();
  for (const r of relations) {
    out.add(r);
    out.add(INVERSE[r]);
  }
  return out;
}

/** The LINK roles a path made only of the allowed relations may cross. */
export function rolesFor(allowed: ReadonlySet<Relation>): string[] {
  const roles = new Set<string>();
  for (const r of allowed) for (const role of ROLES_OF[r]) roles.add(role);
  return [...roles].sort();
}
