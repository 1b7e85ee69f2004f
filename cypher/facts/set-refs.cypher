// Sets the copy of what facts are about (Fact.refs: JSON [[role, id], …]), read from their
// ABOUTs (facts/refs), on graphs made before the copy was kept (src/graph/fact-refs.ts).
UNWIND $rows AS r
WITH r, r.id AS fid
MATCH (f:Fact {id: fid})
SET f.refs = r.refs
