// Deletes up to $limit derived LINK edges and returns how many went. Neo4j bounds a transaction's
// memory (dbms.memory.transaction.total.max): the full import's ~490k links in one transaction
// passed 512 MB, so the caller repeats this, one transaction a batch, until none are left.
MATCH (:Entity)-[l:LINK]->()
WITH l LIMIT $limit
DELETE l
RETURN count(*) AS deleted
