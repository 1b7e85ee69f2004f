// Active facts about entities, of the kinds in $kinds (['*'] for every kind), with every entity or
// fact they refer to (role → id), for DataLoader.
UNWIND $ids AS key
MATCH (f:Fact)-[:ABOUT]->(e:Entity {id: key})
WHERE f.status = 'ACTIVE' AND ('*' IN $kinds OR f.kind IN $kinds)
WITH DISTINCT key, f
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
