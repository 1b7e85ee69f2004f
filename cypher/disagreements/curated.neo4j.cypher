// What the curated sources state about moves and spells, as one row of ids (read the header of
// disagreements/curated.ladybug.cypher): `cited`, `curated` (cited by no dataset) and `people`.
MATCH (s:Source)<-[:CITES]-(c:Fact)
WHERE s.kind <> 'DATASET' AND c.status = 'ACTIVE' AND c.kind IN ['transfer', 'spell']
WITH DISTINCT c
WITH c, EXISTS { MATCH (c)-[:CITES]->(x:Source) WHERE x.kind = 'DATASET' } AS confirmed
OPTIONAL MATCH (c)-[a:ABOUT]->(p:Entity)
WHERE a.role = 'person' AND NOT confirmed
WITH c, confirmed, min(p.id) AS person
RETURN collect(c.id) AS cited,
       collect(CASE WHEN confirmed THEN '' ELSE c.id END) AS curated,
       collect(DISTINCT CASE WHEN confirmed THEN '' ELSE coalesce(person, '') END) AS people
