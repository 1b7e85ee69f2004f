// Backup: every Source node with all its properties, in key order, one page at a time.
MATCH (s:Source)
RETURN s AS node
ORDER BY s.id
SKIP $skip LIMIT $limit
