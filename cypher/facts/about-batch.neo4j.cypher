// Links new facts to the entities they are about, in their roles (with the fact's kind); a fact of a
// sparse kind (not in the list below: BULK_KINDS, src/domain/facts) also gets an ABOUT_SPARSE twin
// per ref, which the reads of sparse kinds follow (facts/about).
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine, 0-based on Neo4j. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(1, size($fact) - 1) AS i
WITH $fact[i] AS fid, $target[i] AS tid, $role[i] AS role, $kind[i] AS kind
MATCH (f:Fact {id: fid})
WITH f, tid, role, kind
MATCH (e:Entity {id: tid})
CREATE (f)-[:ABOUT {role: role, kind: kind}]->(e)
FOREACH (_ IN CASE WHEN kind IN ['match', 'spell', 'squad', 'transfer'] THEN [] ELSE [1] END |
  CREATE (f)-[:ABOUT_SPARSE {role: role, kind: kind}]->(e))
