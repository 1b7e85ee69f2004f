// Relations shared by several kinds' declarations: a membership with no start links its person to
// its team (and an assistant to the head coach they worked under).
import type { Relation } from '../__generated__/schema-types';
import { TEAM_ROLE as TEAM } from '../link-roles';

export function membershipRelation(staff: boolean, fromRole: string, toRole: string): Relation | null {
  if (fromRole === TEAM) return toRole === 'person' ? (staff ? 'EMPLOYED' : 'HAD_PLAYER') : null;
  if (toRole === TEAM) return fromRole === 'person' ? (staff ? 'WORKED_AT' : 'PLAYED_FOR') : null;
  return staff && fromRole !== toRole ? 'SAME_STAFF' : null;
}
