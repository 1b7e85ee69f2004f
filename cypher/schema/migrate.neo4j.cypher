// Neo4j schema: uniqueness constraints on every key, indexes on what queries filter by.
// Idempotent: every statement uses IF NOT EXISTS.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT squad_id IF NOT EXISTS FOR (s:Squad) REQUIRE s.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX fact_kind IF NOT EXISTS FOR (f:Fact) ON (f.kind);
CREATE INDEX source_kind IF NOT EXISTS FOR (s:Source) ON (s.kind);
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:Audit) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_subject IF NOT EXISTS FOR (a:Audit) ON (a.subjectId);
// Every fact of a sparse kind (the list: SPARSE_KINDS, src/domain/facts) has an ABOUT_SPARSE twin of
// each ABOUT to an entity (facts/about-batch); a graph made before the twins gets them here, once:
// the Meta key `schema:about-sparse` (SPARSE_TWINS_KEY, src/graph/operations.ts) records it, so
// later start-ups cost one key lookup (checking every sparse fact took 2.5 s at start-up on the
// 100k-people synthetic graph). In transactions of 5,000: a 1M-people graph's hundreds of
// thousands of tenures exceed the 1 GiB transaction memory limit in one. Two processes starting
// at once both MERGE, which makes each twin once.
OPTIONAL MATCH (done:Meta {key: 'schema:about-sparse'})
WITH done WHERE done IS NULL
MATCH (f:Fact)-[a:ABOUT]->(e:Entity)
WHERE f.kind IN ['caps', 'event', 'home-ground', 'honour', 'qualification', 'relation', 'succession', 'support', 'tenure']
  AND NOT EXISTS { (f)-[:ABOUT_SPARSE {role: a.role}]->(e) }
CALL {
  WITH f, a, e
  MERGE (f)-[s:ABOUT_SPARSE {role: a.role}]->(e)
  ON CREATE SET s.kind = f.kind
} IN TRANSACTIONS OF 5000 ROWS;
MERGE (done:Meta {key: 'schema:about-sparse'})
ON CREATE SET done.value = toString(datetime());
