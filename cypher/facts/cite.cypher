UNWIND $rows AS r
WITH r, r.holder AS hid
MATCH (f:Fact {id: hid})
WITH f, r, r.source AS sid
MATCH (s:Source {id: sid})
MERGE (f)-[c:CITES {detail: r.detail}]->(s)
SET c.teaser = r.teaser, c.confidence = r.confidence
