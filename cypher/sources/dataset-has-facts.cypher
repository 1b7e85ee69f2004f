// Whether any fact cites a dataset yet: an import into a graph without its facts has nothing to
// supersede, and skips reading them all.
MATCH (f:Fact)-[:CITES]->(s:Source {id: $dataset})
RETURN f.id AS id
LIMIT 1
