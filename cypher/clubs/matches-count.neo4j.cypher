// How many matches cypher/clubs/matches-page.neo4j.cypher lists across all its pages.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE f.kind = 'match' AND a.role IN ['home', 'away'] AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
  AND ($opponent = '' OR EXISTS { MATCH (f)-[b:ABOUT]->(o:Entity {id: $opponent}) WHERE b.role IN ['home', 'away'] })
RETURN count(DISTINCT f) AS total
