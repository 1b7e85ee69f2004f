// Backup: what the facts with keys in ($after, $upto] are about (entities), in key order. The
// bounds are those of a page of facts already exported, so a page holds a few edges per fact.
MATCH (f:Fact)
WHERE f.id > $after AND f.id <= $upto
MATCH (f)-[a:ABOUT]->(e:Entity)
RETURN f.id AS fact, e.id AS target, a.role AS role
ORDER BY fact, target, role
