// Test only (Neo4j): makes a graph look as if made before facts of sparse kinds had ABOUT_SPARSE twins.
MATCH (:Fact)-[s:ABOUT_SPARSE]->()
DELETE s
