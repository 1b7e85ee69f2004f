// Creates squads (a team in one season) and links each to its team, into tables just cleared.
// Columnar parameters, 0-based here; the first element of every list is a typed placeholder and
// is skipped (see the LadybugDB variant).
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $teamId[i] AS teamId, $season[i] AS season, $seasonLo[i] AS seasonLo, $seasonHi[i] AS seasonHi
MATCH (t:Entity {id: teamId})
CREATE (s:Squad {id: id, teamId: teamId, season: season, seasonLo: seasonLo, seasonHi: seasonHi})-[:SQUAD_OF]->(t)
