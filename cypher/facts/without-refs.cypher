// Facts whose refs were never copied onto them (graphs made before Fact.refs existed,
// or a restore in progress): src/graph/fact-refs.ts copies them, a page at a time.
MATCH (f:Fact)
WHERE f.refs IS NULL
RETURN f.id AS id
LIMIT $limit
