// One page of a club's matches in date order, paged in the database: days $lo..$hi (inclusive),
// against $opponent when it is not '', after the keyset cursor ($afterLo, $afterId: '' for the
// first page), at most $limit rows. Undated matches have no startLo and are not listed.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE f.kind = 'match' AND a.role IN ['home', 'away'] AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND (f.startLo > $afterLo OR (f.startLo = $afterLo AND f.id > $afterId))
  AND ($opponent = '' OR EXISTS { MATCH (f)-[b:ABOUT]->(o:Entity {id: $opponent}) WHERE b.role IN ['home', 'away'] })
WITH DISTINCT f
ORDER BY f.startLo, f.id
LIMIT $limit
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.startLo AS sortKey,
       f.refs AS refs
