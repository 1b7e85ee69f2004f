// Alternative measured by bench/search.ts (LadybugDB only: Neo4j has no levenshtein without APOC):
// whole names within two edits of the query.
MATCH (e:Entity)
WHERE levenshtein(lower(e.name), $q) <= 2
RETURN e.id AS id, e.name AS name
LIMIT 200
