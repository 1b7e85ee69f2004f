// Bulk load (benchmark graphs only): CITES from entities to the synthetic dataset source.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (e:Entity {id: row.from})
  MATCH (s:Source {id: row.to})
  CREATE (e)-[:CITES {detail: row.detail, teaser: row.teaser = 'true', confidence: toFloat(row.confidence)}]->(s)
} IN TRANSACTIONS OF 10000 ROWS
