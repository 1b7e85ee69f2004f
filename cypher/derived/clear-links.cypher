// Deletes the derived LINK edges, all in one statement on the embedded engine; returns how many
// went (the caller repeats while any did: the Neo4j variant deletes a batch at a time).
MATCH (:Entity)-[l:LINK]->()
DELETE l
RETURN count(*) AS deleted
