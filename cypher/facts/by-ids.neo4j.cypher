// Active facts by id with every entity or fact they refer to (role → id), for DataLoader.
UNWIND $ids AS key
MATCH (f:Fact {id: key})
WHERE f.status = 'ACTIVE'
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
