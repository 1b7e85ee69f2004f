// Backup: what each fact is about (other facts), in key order, one page at a time.
MATCH (f:Fact)-[a:ABOUT]->(g:Fact)
RETURN f.id AS fact, g.id AS target, a.role AS role
ORDER BY fact, target, role
SKIP $skip LIMIT $limit
