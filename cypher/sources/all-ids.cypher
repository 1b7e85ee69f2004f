MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind
ORDER BY s.kind, s.id
