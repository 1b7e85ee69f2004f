// Links facts to what they are about, in their roles; each ABOUT keeps its fact's kind.
UNWIND $rows AS r
WITH r, r.fact AS fid
MATCH (f:Fact {id: fid})
WITH f, r, r.target AS tid
MATCH (e:Entity {id: tid})
MERGE (f)-[a:ABOUT {role: r.role}]->(e)
SET a.kind = f.kind
