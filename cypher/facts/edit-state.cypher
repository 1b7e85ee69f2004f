// Facts by id whatever their status (editing reads what it corrects or retracts), with their refs.
UNWIND $ids AS key
MATCH (f:Fact {id: key})
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.status AS status, f.refs AS refs
