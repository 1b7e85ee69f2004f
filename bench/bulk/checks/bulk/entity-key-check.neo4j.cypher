// Bulk load check (Neo4j): the uniqueness constraint's index is maintained in the transaction
// that writes a node, so every entity it holds is found by key: the count only (see the LadybugDB
// variant).
MATCH (e:Entity)
RETURN count(e) AS total, count(e) AS keyed
