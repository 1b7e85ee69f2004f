// Links people (and the teams of a transfer) to the connector facts they take part in, into a LINK
// table just cleared (CREATE, unique rows). Columnar parameters, 0-based, first element a typed
// placeholder (see the LadybugDB variant).
UNWIND range(1, size($person) - 1) AS i
WITH $person[i] AS pid, $fact[i] AS fid, $factId[i] AS factId, $role[i] AS role, $lo[i] AS lo, $hi[i] AS hi
MATCH (p:Entity {id: pid})
WITH p, fid, factId, role, lo, hi
MATCH (f:Fact {id: fid})
CREATE (p)-[:LINK {factId: factId, role: role, lo: lo, hi: hi}]->(f)
