// Citations of facts, for DataLoader: key lookup, then the CITES of the facts found (see
// citations-of-entities for the always-true WHERE: 98 ms for one id on the imported graph vs 7 ms).
UNWIND $ids AS key
MATCH (f:Fact {id: key})
WITH key, f
WHERE f.id IS NOT NULL
MATCH (f)-[c:CITES]->(s:Source)
RETURN key, s.id AS sourceId, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
