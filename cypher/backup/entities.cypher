// Backup: every Entity node with all its properties, in key order, one page at a time.
MATCH (e:Entity)
RETURN e AS node
ORDER BY e.id
SKIP $skip LIMIT $limit
