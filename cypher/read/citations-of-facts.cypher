UNWIND $ids AS key
MATCH (f:Fact {id: key})-[c:CITES]->(s:Source)
RETURN key, s.id AS sourceId, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
