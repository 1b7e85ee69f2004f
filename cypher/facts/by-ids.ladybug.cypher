// Active facts by id with every entity or fact they refer to (role → id), for DataLoader.
// A key lookup and the copy of the refs each fact carries (Fact.refs, see
// cypher/schema/migrate.ladybug.cypher): walking the ABOUTs cost ~15 ms whatever the number of ids
// on the imported graph, reading the copy ~1 ms.
UNWIND $ids AS key
MATCH (f:Fact {id: key})
WITH key, f
WHERE f.status = 'ACTIVE'
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
