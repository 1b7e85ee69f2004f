// One page of a club's matches in date order, paged in the database: days $lo..$hi (inclusive),
// against $opponent when it is not '', after the keyset cursor ($afterLo, $afterId: '' for the
// first page), at most $limit rows. The kind is filtered on the ABOUT (its copy of the fact's
// kind) and the refs come from the fact's copy, as in facts/about. Undated matches have no
// startLo and are not listed.
// Each row names its fact by id only: the engine reads the page's facts by key
// (FACT_FIELD_OPERATIONS, src/graph/operations.ts), cheaper here than reading their columns after the hop.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'match' AND (a.role = 'home' OR a.role = 'away') AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND (f.startLo > $afterLo OR (f.startLo = $afterLo AND f.id > $afterId))
  AND ($opponent = '' OR EXISTS { MATCH (f)-[b:ABOUT]->(o:Entity {id: $opponent}) WHERE b.role = 'home' OR b.role = 'away' })
WITH DISTINCT f
RETURN f.id AS id, f.startLo AS sortKey
ORDER BY sortKey, id
LIMIT $limit
