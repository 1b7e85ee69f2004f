// Active facts citing one source ($key; the engine runs one call per key, see PER_KEY_OPERATIONS),
// with their refs (the fact's copy, Fact.refs). One hop from one constant key: ~10 ms for an
// article on the imported graph, where the batched form (the Neo4j variant) took ~500 ms.
MATCH (f:Fact)-[:CITES]->(s:Source {id: $key})
WHERE f.status = 'ACTIVE'
WITH DISTINCT f
RETURN $key AS key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
