// Benchmark sampling: every person with an active playing spell, the most spells first (the
// ranking the Zipf-weighted pools draw from: interest follows career length, roughly).
MATCH (p:Entity)<-[a:ABOUT]-(f:Fact)
WHERE p.type = 'PERSON' AND f.kind = 'spell' AND a.role = 'person' AND f.status = 'ACTIVE'
WITH p.id AS id, count(*) AS spells
RETURN id
ORDER BY spells DESC, id
