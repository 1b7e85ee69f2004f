// Bulk load check (LadybugDB): how many entities the graph holds, and how many its key index
// finds (LadybugDB 0.19.1 once lost a key-index entry after bulk creates; import/fact-key-check
// does the same for facts).
MATCH (e:Entity)
WITH count(e) AS total
MATCH (e:Entity)
WITH total, e.id AS id
MATCH (g:Entity {id: id})
RETURN total, count(g) AS keyed
