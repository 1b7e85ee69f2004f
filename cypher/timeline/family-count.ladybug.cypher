// How many entries timeline/family-page.ladybug.cypher lists for a person ($key, $relatives)
// across all its pages (read its header for the form).
MATCH (rel:Entity)<-[c:ABOUT]-(ev:Fact)
WHERE rel.id IN $relatives AND c.kind = 'event' AND ev.status = 'ACTIVE'
WITH DISTINCT ev
WHERE NOT ev.refs CONTAINS concat(',"', $key, '"]')
RETURN $key AS key, count(*) AS total
