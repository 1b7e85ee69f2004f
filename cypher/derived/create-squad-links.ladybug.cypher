// Links people (and teams) to their squads, into a LINK table just cleared (CREATE, unique rows).
// Columnar parameters, 1-based, first element a typed placeholder (see create-squads). Each MATCH
// looks one key up.
UNWIND range(2, size($person)) AS i
WITH $person[i] AS pid, $squad[i] AS sid, $factId[i] AS factId, $role[i] AS role, $lo[i] AS lo, $hi[i] AS hi
MATCH (p:Entity {id: pid})
WITH p, sid, factId, role, lo, hi
MATCH (s:Squad {id: sid})
CREATE (p)-[:LINK {factId: factId, role: role, lo: lo, hi: hi}]->(s)
