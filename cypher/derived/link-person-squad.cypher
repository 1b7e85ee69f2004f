UNWIND $rows AS r
WITH r, r.person AS pid
MATCH (p:Entity {id: pid})
WITH p, r, r.squad AS sid
MATCH (s:Squad {id: sid})
MERGE (p)-[l:LINK {factId: r.factId}]->(s)
SET l.role = r.role, l.lo = r.lo, l.hi = r.hi
