// Retraction: the fact stays (for the audit trail) but is no longer ACTIVE, so no read serves it.
UNWIND $rows AS r
WITH r, r.id AS id
MATCH (f:Fact {id: id})
SET f.status = r.status, f.updatedAt = r.updatedAt
