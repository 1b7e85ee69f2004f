// Backup: a page of Entity nodes with all their properties, in key order: the page after key $after
// (keyset paging: no sort of the whole table, no SKIP over what was already read).
MATCH (e:Entity)
WHERE e.id > $after
RETURN e AS node
ORDER BY e.id
LIMIT $limit
