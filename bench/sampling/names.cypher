// Benchmark sampling: the names of entities.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.name AS name
