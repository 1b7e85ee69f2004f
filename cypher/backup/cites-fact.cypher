// Backup: the citations of the facts with keys in ($after, $upto], in key order. The bounds are
// those of a page of facts already exported, so a page holds a few citations per fact.
MATCH (f:Fact)
WHERE f.id > $after AND f.id <= $upto
MATCH (f)-[c:CITES]->(s:Source)
RETURN f.id AS holder, s.id AS source, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
ORDER BY holder, source, detail
