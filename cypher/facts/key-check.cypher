// How many facts the graph holds, and how many of them its key index finds. They differ when
// the embedded engine (LadybugDB 0.19.1) loses a key: seen for one fact in about one full import
// in three. src/graph/fact-keys.ts then finds which (facts/ids); only the embedded engine runs it
// (Neo4j writes its constraint's index in the transaction that writes the node).
MATCH (f:Fact)
WITH count(f) AS total
MATCH (f:Fact)
WITH total, f.id AS id
MATCH (g:Fact {id: id})
RETURN total, count(g) AS keyed
