// Benchmark sampling: people with at least three active playing spells, in id order.
MATCH (p:Entity)<-[a:ABOUT]-(f:Fact)
WHERE p.type = 'PERSON' AND f.kind = 'spell' AND a.role = 'person' AND f.status = 'ACTIVE'
WITH p.id AS id, count(*) AS spells
WHERE spells >= 3
RETURN id
ORDER BY id
