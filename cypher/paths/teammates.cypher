// Everyone who shared a squad with $person (squads hold only people who were there at the same
// time), optionally at one team ($team; '' for any), with the roles and facts of both LINKs.
// Roles are filtered by the caller: a role filter here makes LadybugDB scan every LINK.
MATCH (a:Entity {id: $person})-[l:LINK]->(s:Squad)<-[m:LINK]-(b:Entity)
WHERE b.id <> $person AND ($team = '' OR s.teamId = $team)
RETURN DISTINCT b.id AS id, s.teamId AS teamId, l.role AS ownRole, l.factId AS ownFact, m.role AS theirRole, m.factId AS theirFact
