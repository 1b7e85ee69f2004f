// Backup: the citations of entities, in key order, one page at a time.
MATCH (e:Entity)-[c:CITES]->(s:Source)
RETURN e.id AS holder, s.id AS source, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
ORDER BY holder, source, detail
SKIP $skip LIMIT $limit
