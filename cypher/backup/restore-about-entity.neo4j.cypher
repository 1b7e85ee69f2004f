// Restore: creates what facts are about (entities), each ABOUT with its fact's kind from a backup, into an empty database (src/services/backup/backup.ts); a fact of a sparse kind also gets its ABOUT_SPARSE twins (facts/about-batch).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 0-based on Neo4j (1-based on the embedded engine). Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(1, size($fact) - 1) AS i
WITH $fact[i] AS fact, $target[i] AS target, $role[i] AS `role`
MATCH (f:Fact {id: fact})
WITH f, target, `role`
MATCH (e:Entity {id: target})
CREATE (f)-[:ABOUT {role: `role`, kind: f.kind}]->(e)
FOREACH (_ IN CASE WHEN f.kind IN ['match', 'spell', 'squad', 'transfer'] THEN [] ELSE [1] END |
  CREATE (f)-[:ABOUT_SPARSE {role: `role`, kind: f.kind}]->(e))
