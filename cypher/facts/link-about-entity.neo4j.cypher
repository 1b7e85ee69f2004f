// Links facts to what they are about, in their roles; each ABOUT keeps its fact's kind. A fact of a
// sparse kind (every kind but those listed: BULK_KINDS, src/domain/facts) also gets an
// ABOUT_SPARSE edge per ref, which the reads of sparse kinds follow (facts/about).
UNWIND $rows AS r
WITH r, r.fact AS fid
MATCH (f:Fact {id: fid})
WITH f, r, r.target AS tid
MATCH (e:Entity {id: tid})
MERGE (f)-[a:ABOUT {role: r.role}]->(e)
SET a.kind = f.kind
FOREACH (_ IN CASE WHEN f.kind IN ['match', 'spell', 'squad', 'transfer'] THEN [] ELSE [1] END |
  MERGE (f)-[s:ABOUT_SPARSE {role: r.role}]->(e)
  SET s.kind = f.kind)
