// Active facts citing sources ($ids), with every entity or fact they refer to, for DataLoader.
UNWIND $ids AS key
MATCH (f:Fact)-[:CITES]->(s:Source {id: key})
WHERE f.status = 'ACTIVE'
WITH DISTINCT key, f
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
