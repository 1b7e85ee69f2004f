// List-bound sampling: the most citations one fact carries.
MATCH (f:Fact)-[c:CITES]->(:Source)
WITH f.id AS id, count(c) AS n
RETURN max(n) AS n
