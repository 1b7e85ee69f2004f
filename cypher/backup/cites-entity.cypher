// Backup: the citations of the entities with keys in ($after, $upto], in key order. The bounds
// are those of a page of entities already exported, so a page holds a few citations per entity.
MATCH (e:Entity)
WHERE e.id > $after AND e.id <= $upto
MATCH (e)-[c:CITES]->(s:Source)
RETURN e.id AS holder, s.id AS source, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
ORDER BY holder, source, detail
