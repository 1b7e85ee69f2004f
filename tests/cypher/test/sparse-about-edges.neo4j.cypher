// Test only (Neo4j): every ABOUT_SPARSE twin, as test/fact-about-edges lists the ABOUTs.
MATCH (f:Fact)-[s:ABOUT_SPARSE]->(x)
RETURN f.id AS id, s.role AS role, s.kind AS kind, x.id AS target
