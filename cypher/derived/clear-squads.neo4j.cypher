// Deletes up to $limit derived Squad nodes with their edges and returns how many went: repeated
// by the caller until none are left (a transaction's memory is bounded on Neo4j).
MATCH (s:Squad)
WITH s LIMIT $limit
DETACH DELETE s
RETURN count(*) AS deleted
