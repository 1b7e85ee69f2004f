// One page of a club's transfers in date order, paged in the database: the moves where the club is
// $roles ('to' = signings, 'from' = departures), dated inside $lo..$hi, after the keyset cursor
// ($afterLo, $afterId: '' for the first page), at most $limit rows. Undated moves are not listed.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE f.kind = 'transfer' AND a.role IN $roles AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND (f.startLo > $afterLo OR (f.startLo = $afterLo AND f.id > $afterId))
WITH DISTINCT f
ORDER BY f.startLo, f.id
LIMIT $limit
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.startLo AS sortKey,
       f.refs AS refs
