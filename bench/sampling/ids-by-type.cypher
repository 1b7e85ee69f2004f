// List-bound sampling: the ids of every entity of a type.
MATCH (e:Entity)
WHERE e.type = $type
RETURN e.id AS id
ORDER BY id
