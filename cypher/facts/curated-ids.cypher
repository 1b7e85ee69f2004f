// Ids of the facts a curated source (an article, the editors) backs: an import never supersedes them.
MATCH (f:Fact)-[:CITES]->(s:Source)
WHERE s.kind <> 'DATASET'
RETURN DISTINCT f.id AS id
