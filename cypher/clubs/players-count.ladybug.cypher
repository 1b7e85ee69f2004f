// How many playing spells cypher/clubs/players-page.ladybug.cypher lists across all its pages.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'spell' AND a.role = 'team' AND f.status = 'ACTIVE'
RETURN count(DISTINCT f.id) AS total
