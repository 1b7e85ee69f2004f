// How many transfers cypher/clubs/transfers-page.ladybug.cypher lists across all its pages.
MATCH (c:Entity {id: $club})<-[a:ABOUT]-(f:Fact)
WHERE a.kind = 'transfer' AND a.role IN $roles AND f.status = 'ACTIVE'
  AND f.startLo >= $lo AND f.startLo <= $hi
RETURN count(DISTINCT f.id) AS total
