// Backup: a page of Fact nodes with all their properties, in key order: the page after key $after
// (keyset paging: no sort of the whole table, no SKIP over what was already read).
MATCH (f:Fact)
WHERE f.id > $after
RETURN f AS node
ORDER BY f.id
LIMIT $limit
