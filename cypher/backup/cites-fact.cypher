// Backup: the citations of facts, in key order, one page at a time.
MATCH (f:Fact)-[c:CITES]->(s:Source)
RETURN f.id AS holder, s.id AS source, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
ORDER BY holder, source, detail
SKIP $skip LIMIT $limit
