// Marks facts an import no longer produces (the data or the curated knowledge changed since the
// run that wrote them) as SUPERSEDED: they stop being served, and stay for the record.
// Columnar parameters: element 1 of each list is a typed placeholder and is skipped; lists are
// 0-based on Neo4j.
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $updatedAt[i] AS updatedAt
MATCH (f:Fact {id: id})
WHERE f.status = 'ACTIVE'
SET f.status = 'SUPERSEDED', f.updatedAt = updatedAt
