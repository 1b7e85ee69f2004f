// Alternative measured by bench/search.ts: substring of the folded names (Entity.searchText).
MATCH (e:Entity)
WHERE e.searchText CONTAINS $q
RETURN e.id AS id, e.searchText AS names
LIMIT 200
