// Bulk load check (Neo4j): a uniqueness constraint's index is maintained with the node, so every
// fact is found by key; the part's size only (see the LadybugDB variant).
MATCH (x:Fact)
WITH x SKIP $skip LIMIT $limit
RETURN count(x) AS keyed
