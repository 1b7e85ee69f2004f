// Test only: LadybugDB keeps no ABOUT_SPARSE twins (they are Neo4j's, cypher/facts/about.neo4j.cypher);
// the catalogue needs a file per engine, and tests call this one on Neo4j only.
RETURN 'none' AS id, 'none' AS role, 'none' AS kind, 'none' AS target LIMIT 0
