// One page of the people with a playing spell at both $club and $other, by name then id, paged in
// the database after the keyset cursor ($afterName, $afterId: '' for the first page). The people
// with a spell at $other are collected once (one hop from a constant key), then the spells at
// $club are walked and kept when their person is among them.
MATCH (b:Entity {id: $other})<-[y:ABOUT]-(t:Fact)-[q:ABOUT]->(p2:Entity)
WHERE y.kind = 'spell' AND y.role = 'team' AND q.role = 'person' AND t.status = 'ACTIVE'
WITH collect(DISTINCT p2.id) AS there
MATCH (a:Entity {id: $club})<-[x:ABOUT]-(s:Fact)-[r:ABOUT]->(p:Entity)
WHERE x.kind = 'spell' AND x.role = 'team' AND r.role = 'person' AND s.status = 'ACTIVE' AND p.id IN there
WITH DISTINCT p.id AS id, p.name AS name
WHERE name > $afterName OR (name = $afterName AND id > $afterId)
RETURN id, name
ORDER BY name, id
LIMIT $limit
