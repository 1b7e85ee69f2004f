// Benchmark sampling: clubs with staff tenures, in id order.
MATCH (c:Entity)<-[a:ABOUT]-(f:Fact)
WHERE c.type = 'CLUB' AND f.kind = 'tenure' AND a.role = 'team'
RETURN DISTINCT c.id AS id
ORDER BY id
