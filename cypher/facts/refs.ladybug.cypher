// What facts are about (role → id) read from their ABOUTs, to copy onto the facts
// (src/graph/fact-refs.ts). One-step recursive pattern: LadybugDB walks it from the facts found,
// where the plain pattern was a hash join over every fact and entity.
UNWIND $ids AS key
MATCH (f:Fact {id: key})
WITH key, f
WHERE f.id IS NOT NULL
MATCH (f)-[b:ABOUT*1..1]->(x:Entity:Fact)
RETURN key AS id, collect(list_transform(rels(b), l -> l.role)[1]) AS refRoles, collect(x.id) AS refIds
