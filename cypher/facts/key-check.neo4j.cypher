// Neo4j maintains the uniqueness constraint's index in the transaction that writes the node, so
// its key index finds every fact it holds: only the count is read (the join of the embedded
// variant is there for a LadybugDB 0.19.1 fault and takes minutes on Neo4j's full import).
MATCH (f:Fact)
RETURN count(f) AS total, count(f) AS keyed
