// Backup: a page of Audit nodes with all their properties, in key order: the page after key $after
// (keyset paging: no sort of the whole table, no SKIP over what was already read).
MATCH (a:Audit)
WHERE a.id > $after
RETURN a AS node
ORDER BY a.id
LIMIT $limit
