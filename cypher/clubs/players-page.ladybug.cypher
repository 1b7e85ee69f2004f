// One page of a club's playing spells in date order (by start; undated last, then id), paged in
// the database after the keyset cursor ($afterLo, $afterId: '' for the first page), at most
// $limit rows. The kind is filtered on the ABOUT (its copy of the fact's kind) and the refs come
// from the fact's copy, as in facts/about: a club with thousands of spells is never read
// whole to show a page of them.
// Each row names its fact by id only: the engine reads the page's facts by key
// (FACT_FIELD_OPERATIONS, src/graph/operations.ts), cheaper here than reading their columns after the hop.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'spell' AND a.role = 'team' AND f.status = 'ACTIVE'
WITH DISTINCT f, coalesce(f.startLo, '9999-12-31') AS sortKey
WHERE sortKey > $afterLo OR (sortKey = $afterLo AND f.id > $afterId)
RETURN f.id AS id, sortKey
ORDER BY sortKey, id
LIMIT $limit
