// Backup: every Audit node with all its properties, in key order, one page at a time.
MATCH (a:Audit)
RETURN a AS node
ORDER BY a.id
SKIP $skip LIMIT $limit
