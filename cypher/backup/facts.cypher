// Backup: every Fact node with all its properties, in key order, one page at a time.
MATCH (f:Fact)
RETURN f AS node
ORDER BY f.id
SKIP $skip LIMIT $limit
