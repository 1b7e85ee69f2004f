// Benchmark sampling: the clubs with the most playing spells.
MATCH (c:Entity)<-[a:ABOUT]-(f:Fact)
WHERE c.type = 'CLUB' AND f.kind = 'spell'
WITH c.id AS id, count(*) AS spells
ORDER BY spells DESC, id
LIMIT $n
RETURN id
