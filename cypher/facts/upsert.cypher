UNWIND $rows AS r
WITH r, r.id AS id
MERGE (f:Fact {id: id})
SET f.kind = r.kind, f.type = r.type, f.startText = r.startText, f.startPrecision = r.startPrecision, f.startLo = r.startLo,
    f.endText = r.endText, f.endPrecision = r.endPrecision, f.endHi = r.endHi, f.details = r.details, f.status = r.status,
    f.confidence = r.confidence, f.updatedAt = r.updatedAt
