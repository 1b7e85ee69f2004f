// Test only: every source and squad node, to compare two graphs.
MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind, s.name AS name, s.licence AS licence, s.author AS author, s.url AS url
UNION ALL
MATCH (q:Squad)
RETURN q.id AS id, 'SQUAD' AS kind, q.teamId AS name, q.season AS licence, q.seasonLo AS author, q.seasonHi AS url
