// The ids of the facts the key index finds, as one list (see facts/ids).
MATCH (f:Fact)
WITH f.id AS id
MATCH (g:Fact {id: id})
RETURN collect(g.id) AS keyed
