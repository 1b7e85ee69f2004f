UNWIND $rows AS r
WITH r, r.person AS pid
MATCH (p:Entity {id: pid})
WITH p, r, r.fact AS fid
MATCH (f:Fact {id: fid})
MERGE (p)-[l:LINK {factId: r.factId}]->(f)
SET l.role = r.role, l.lo = r.lo, l.hi = r.hi
