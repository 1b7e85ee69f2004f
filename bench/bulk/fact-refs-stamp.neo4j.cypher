// Bulk load (Neo4j, benchmark graphs only): the stamp the service's start-up writes once every fact
// carries its refs (src/graph/fact-refs.ts), written before the service's engine first opens the graph, so it does not
// scan the loaded facts for missing refs (the CSV facts all carry them).
MERGE (m:Meta {key: $key})
SET m.value = $value
