// One page of a club's transfers in date order, paged in the database: the moves where the club is
// $roles ('to' = signings, 'from' = departures), dated inside $lo..$hi, after the keyset cursor
// ($afterLo, $afterId: '' for the first page), at most $limit rows. Undated moves are not listed.
// Each row names its fact by id only: the engine reads the page's facts by key
// (FACT_FIELD_OPERATIONS, src/graph/operations.ts), cheaper here than reading their columns after the hop.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'transfer' AND a.role IN $roles AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND (f.startLo > $afterLo OR (f.startLo = $afterLo AND f.id > $afterId))
WITH DISTINCT f
RETURN f.id AS id, f.startLo AS sortKey
ORDER BY sortKey, id
LIMIT $limit
