// Bulk load (benchmark graphs only): CITES from facts to the synthetic dataset source.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (f:Fact {id: row.from})
  MATCH (s:Source {id: row.to})
  CREATE (f)-[:CITES {detail: row.detail, teaser: row.teaser = 'true', confidence: toFloat(row.confidence)}]->(s)
} IN TRANSACTIONS OF 10000 ROWS
