// Creates squads (a team in one season) and links each to its team, into tables just cleared.
// Columnar parameters: one list per property, all of the same length, the first element a typed
// placeholder that is skipped (lists are 1-based here); each `$list[i]` is read in the WITH right
// after the UNWIND (see cypher/entities/create-batch). CREATE, not MERGE: rebuildDerived clears
// the tables first and hands over unique rows.
UNWIND range(2, size($id)) AS i
WITH $id[i] AS id, $teamId[i] AS teamId, $season[i] AS season, $seasonLo[i] AS seasonLo, $seasonHi[i] AS seasonHi
MATCH (t:Entity {id: teamId})
CREATE (s:Squad {id: id, teamId: teamId, season: season, seasonLo: seasonLo, seasonHi: seasonHi})-[:SQUAD_OF]->(t)
