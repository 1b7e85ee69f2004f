// Deletes the derived Squad nodes (and any edge left on them), all in one statement on the
// embedded engine; returns how many went (the Neo4j variant deletes a batch at a time).
MATCH (s:Squad)
DETACH DELETE s
RETURN count(*) AS deleted
