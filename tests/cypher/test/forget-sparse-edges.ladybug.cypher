// Test only: LadybugDB keeps no ABOUT_SPARSE twins; the catalogue needs a file per engine, and tests
// call this one on Neo4j only.
RETURN 1 AS none LIMIT 0
