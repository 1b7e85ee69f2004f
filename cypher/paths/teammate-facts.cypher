// The facts of a page of teammates (paths/teammates-page): for each item (`key`) the active facts
// of its pairs, one row per item. $pairs lists [{key, fact}], sorted by fact id by the caller: a
// relationship-free key lookup per fact, in key order (on LadybugDB 45 lookups took 8 ms in key
// order, 22 ms in list order).
UNWIND $pairs AS p
WITH p.key AS key, p.fact AS fid
MATCH (f:Fact {id: fid})
WHERE f.status = 'ACTIVE'
RETURN key, collect({id: f.id, kind: f.kind, type: f.type, startText: f.startText, endText: f.endText, details: f.details, confidence: f.confidence, refs: f.refs}) AS facts
