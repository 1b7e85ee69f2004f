// Benchmark sampling: how many entities of a type the graph holds.
MATCH (e:Entity)
WHERE e.type = $type
RETURN count(*) AS n
