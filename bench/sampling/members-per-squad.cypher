// List-bound sampling: the most people linked to one squad (a team in one season).
MATCH (e:Entity)-[l:LINK]->(s:Squad)
WITH s.id AS id, count(DISTINCT e.id) AS n
RETURN max(n) AS n
