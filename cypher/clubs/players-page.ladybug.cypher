// One page of a club's playing spells in date order (by start; undated last, then id), paged in
// the database after the keyset cursor ($afterLo, $afterId: '' for the first page), at most
// $limit rows. The kind is filtered on the ABOUT (its copy of the fact's kind) and the refs come
// from the fact's copy, as in facts/about: a club with thousands of spells is never read
// whole to show a page of them.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'spell' AND a.role = 'team' AND f.status = 'ACTIVE'
WITH DISTINCT f, coalesce(f.startLo, '9999-12-31') AS sortKey
WHERE sortKey > $afterLo OR (sortKey = $afterLo AND f.id > $afterId)
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs, sortKey
ORDER BY sortKey, id
LIMIT $limit
