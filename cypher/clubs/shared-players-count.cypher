// How many people cypher/clubs/shared-players-page.cypher lists across all its pages.
MATCH (b:Entity {id: $other})<-[y:ABOUT]-(t:Fact)-[q:ABOUT]->(p2:Entity)
WHERE y.kind = 'spell' AND y.role = 'team' AND q.role = 'person' AND t.status = 'ACTIVE'
WITH collect(DISTINCT p2.id) AS there
MATCH (a:Entity {id: $club})<-[x:ABOUT]-(s:Fact)-[r:ABOUT]->(p:Entity)
WHERE x.kind = 'spell' AND x.role = 'team' AND r.role = 'person' AND s.status = 'ACTIVE' AND p.id IN there
RETURN count(DISTINCT p.id) AS total
