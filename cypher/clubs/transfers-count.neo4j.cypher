// How many transfers cypher/clubs/transfers-page.neo4j.cypher lists across all its pages.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE f.kind = 'transfer' AND a.role IN $roles AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
RETURN count(DISTINCT f) AS total
