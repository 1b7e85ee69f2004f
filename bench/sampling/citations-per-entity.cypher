// List-bound sampling: the most citations one entity carries.
MATCH (e:Entity)-[c:CITES]->(:Source)
WITH e.id AS id, count(c) AS n
RETURN max(n) AS n
