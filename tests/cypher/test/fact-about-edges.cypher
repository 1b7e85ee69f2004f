// Test only: every ABOUT with its role, its copy of the fact's kind, and where it goes.
MATCH (f:Fact)-[a:ABOUT]->(x)
RETURN f.id AS id, a.role AS role, a.kind AS kind, x.id AS target
