// How many matches cypher/clubs/matches-page.ladybug.cypher lists across all its pages.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'match' AND (a.role = 'home' OR a.role = 'away') AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND ($opponent = '' OR EXISTS { MATCH (f)-[b:ABOUT]->(o:Entity {id: $opponent}) WHERE b.role = 'home' OR b.role = 'away' })
RETURN count(DISTINCT f.id) AS total
