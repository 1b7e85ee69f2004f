// Links new facts to the entities they are about, in their roles (with the fact's kind).
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(2, size($fact)) AS i
WITH $fact[i] AS fid, $target[i] AS tid, $role[i] AS role, $kind[i] AS kind
MATCH (f:Fact {id: fid})
WITH f, tid, role, kind
MATCH (e:Entity {id: tid})
CREATE (f)-[:ABOUT {role: role, kind: kind}]->(e)
