// Citations of entities, for DataLoader. The key lookup comes first and its own MATCH; the
// (always true) WHERE after it is what lets LadybugDB pass the looked-up nodes on to the CITES scan
// as a semi-mask (its optimiser only does so from a side holding a filter); without it the
// engine scanned every entity's citations: 25 ms for one id on the imported graph vs 2 ms.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
WITH key, e
WHERE e.id IS NOT NULL
MATCH (e)-[c:CITES]->(s:Source)
RETURN key, s.id AS sourceId, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
