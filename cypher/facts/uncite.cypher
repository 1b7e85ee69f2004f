// Removes the citations of facts, before a correction writes them again.
UNWIND $ids AS key
MATCH (f:Fact {id: key})-[c:CITES]->(:Source)
DELETE c
