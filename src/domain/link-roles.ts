// Roles of the derived LINKs that are not a fact's own reference roles.

/** LINK role of a team to its squads (and to undated memberships, so a team can end a path). */
export const TEAM_ROLE = 'TEAM';
/** LINK role of a person's playing membership (spells, tournament squads). */
export const PLAYER_ROLE = 'PLAYER';
