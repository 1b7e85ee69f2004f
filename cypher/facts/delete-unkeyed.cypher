// Deletes every fact with these ids, with their edges: the bulk writer writes them again
// (GraphEngine.deleteUnkeyedFacts). The match
// must not use the key (it would miss a fact whose key was lost): the id is compared as text.
UNWIND $ids AS key
MATCH (f:Fact)
WHERE f.id STARTS WITH key AND size(f.id) = size(key)
DETACH DELETE f
