// Backup: what each fact is about (entities), in key order, one page at a time.
MATCH (f:Fact)-[a:ABOUT]->(e:Entity)
RETURN f.id AS fact, e.id AS target, a.role AS role
ORDER BY fact, target, role
SKIP $skip LIMIT $limit
