// Backup: every Meta node with all its properties, in key order, one page at a time.
MATCH (m:Meta)
RETURN m AS node
ORDER BY m.key
SKIP $skip LIMIT $limit
