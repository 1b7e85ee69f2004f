// Backup: a page of Meta nodes with all their properties, in key order: the page after key $after
// (keyset paging: no sort of the whole table, no SKIP over what was already read).
MATCH (m:Meta)
WHERE m.key > $after
RETURN m AS node
ORDER BY m.key
LIMIT $limit
