// One page of a club's playing spells in date order (by start; undated last, then id), paged in
// the database after the keyset cursor ($afterLo, $afterId: '' for the first page), at most
// $limit rows; the refs of the page's facts only are then walked.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE f.kind = 'spell' AND a.role = 'team' AND f.status = 'ACTIVE'
WITH DISTINCT f, coalesce(f.startLo, '9999-12-31') AS sortKey
WHERE sortKey > $afterLo OR (sortKey = $afterLo AND f.id > $afterId)
WITH f, sortKey
ORDER BY sortKey, f.id
LIMIT $limit
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, sortKey,
       f.refs AS refs
