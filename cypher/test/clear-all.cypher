// Empties the database; used by the test suite only (on a throwaway Neo4j database).
MATCH (n)
DETACH DELETE n
