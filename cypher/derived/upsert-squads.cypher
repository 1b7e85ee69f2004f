UNWIND $rows AS r
WITH r, r.id AS id
MERGE (s:Squad {id: id})
SET s.teamId = r.teamId, s.season = r.season, s.seasonLo = r.seasonLo, s.seasonHi = r.seasonHi
WITH s, r, r.teamId AS tid
MATCH (t:Entity {id: tid})
MERGE (s)-[:SQUAD_OF]->(t)
