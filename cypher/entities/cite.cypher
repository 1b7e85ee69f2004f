UNWIND $rows AS r
WITH r, r.holder AS hid
MATCH (e:Entity {id: hid})
WITH e, r, r.source AS sid
MATCH (s:Source {id: sid})
MERGE (e)-[c:CITES {detail: r.detail}]->(s)
SET c.teaser = r.teaser, c.confidence = r.confidence
