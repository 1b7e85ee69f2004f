// Removes the citations of entities, before a correction writes them again.
UNWIND $ids AS key
MATCH (e:Entity {id: key})-[c:CITES]->(:Source)
DELETE c
