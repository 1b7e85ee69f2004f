// One page of the active facts citing one source ($key; the engine runs one call per key, see
// PER_KEY_OPERATIONS), each row carrying the size of the whole list (`total`), in date order (by
// start, undated last, then by the end's last day, then id) after the keyset cursor ($afterKey,
// $afterId: '' for the first page), at most $limit rows. Both parts hop once from one constant
// key: a dataset cited by 100k facts is counted and sorted in the database, never returned.
// Each row names its fact by id only: the engine reads the page's facts by key
// (FACT_FIELD_OPERATIONS, src/graph/operations.ts), cheaper here than reading their columns after the hop.
MATCH (f:Fact)-[:CITES]->(s:Source {id: $key})
WHERE f.status = 'ACTIVE'
WITH count(DISTINCT f.id) AS total
MATCH (f:Fact)-[:CITES]->(s:Source {id: $key})
WHERE f.status = 'ACTIVE'
WITH DISTINCT total, f, concat(coalesce(f.startLo, '9999-12-31'), '|', coalesce(f.endHi, '9999-12-31')) AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
RETURN $key AS key, total, f.id AS id, sortKey
ORDER BY sortKey, id
LIMIT $limit
