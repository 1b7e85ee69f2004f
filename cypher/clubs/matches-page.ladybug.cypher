// One page of a club's matches in date order, paged in the database: days $lo..$hi (inclusive),
// against $opponent when it is not '', after the keyset cursor ($afterLo, $afterId: '' for the
// first page), at most $limit rows. The kind is filtered on the ABOUT (its copy of the fact's
// kind) and the refs come from the fact's copy, as in facts/about. Undated matches have no
// startLo and are not listed.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'match' AND (a.role = 'home' OR a.role = 'away') AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND (f.startLo > $afterLo OR (f.startLo = $afterLo AND f.id > $afterId))
  AND ($opponent = '' OR EXISTS { MATCH (f)-[b:ABOUT]->(o:Entity {id: $opponent}) WHERE b.role = 'home' OR b.role = 'away' })
WITH DISTINCT f
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs, f.startLo AS sortKey
ORDER BY sortKey, id
LIMIT $limit
