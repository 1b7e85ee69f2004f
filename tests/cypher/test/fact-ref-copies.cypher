// Test only: every fact with the copy of its refs it carries (Fact.refs).
MATCH (f:Fact)
RETURN f.id AS id, f.kind AS kind, f.refs AS refs
