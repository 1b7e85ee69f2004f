// The name (our description) and title of every article, for the in-process search index.
MATCH (s:Source)
WHERE s.kind = 'ARTICLE'
RETURN s.id AS id, s.name AS name, s.title AS title
