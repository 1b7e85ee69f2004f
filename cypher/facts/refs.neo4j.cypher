// What facts are about (role → id) read from their ABOUTs, to copy onto the facts
// (src/graph/fact-refs.ts).
UNWIND $ids AS key
MATCH (f:Fact {id: key})-[b:ABOUT]->(x)
RETURN key AS id, collect(b.role) AS refRoles, collect(x.id) AS refIds
