// Backup: a page of Source nodes with all their properties, in key order: the page after key $after
// (keyset paging: no sort of the whole table, no SKIP over what was already read).
MATCH (s:Source)
WHERE s.id > $after
RETURN s AS node
ORDER BY s.id
LIMIT $limit
