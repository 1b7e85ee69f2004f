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
// each ABOUT to an entity (facts/about-batch); graphs made before the twins get them here, in
// transactions of 5,000 (a graph with hundreds of thousands of tenures would exceed the
// transaction memory limit in one). It starts from the fact_kind index, so on a graph that has
// them it costs a read of the sparse facts' edges (a few thousand on the imported open data).
MATCH (f:Fact)-[a:ABOUT]->(e:Entity)
WHERE f.kind IN ['caps', 'event', 'home-ground', 'honour', 'qualification', 'relation', 'succession', 'support', 'tenure']
  AND NOT EXISTS { (f)-[:ABOUT_SPARSE {role: a.role}]->(e) }
CALL {
  WITH f, a, e
  MERGE (f)-[s:ABOUT_SPARSE {role: a.role}]->(e)
  ON CREATE SET s.kind = f.kind
} IN TRANSACTIONS OF 5000 ROWS;
