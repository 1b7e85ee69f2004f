// Test only: every entity with the fields imports write, to compare two graphs.
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.city AS city, e.country AS country,
       e.birthText AS birthText, e.nationalities AS nationalities, e.positions AS positions, e.details AS details,
       e.searchText AS searchText, e.status AS status
ORDER BY id
