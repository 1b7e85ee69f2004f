// Bulk load (benchmark graphs only): ABOUT from facts to entities, with the fact's kind (ABOUT.kind).
// Two MATCHes, each a lookup in a uniqueness constraint's index. $url: a file:/// URL.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (f:Fact {id: row.from})
  MATCH (e:Entity {id: row.to})
  CREATE (f)-[:ABOUT {role: row.role, kind: row.kind}]->(e)
} IN TRANSACTIONS OF 10000 ROWS
