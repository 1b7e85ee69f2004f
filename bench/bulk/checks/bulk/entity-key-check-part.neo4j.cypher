// Bulk load check (Neo4j): a uniqueness constraint's index is maintained with the node, so every
// entity is found by key; the part's size only (see the LadybugDB variant).
MATCH (x:Entity)
WITH x SKIP $skip LIMIT $limit
RETURN count(x) AS keyed
