// How many entries timeline/family-page.neo4j.cypher lists for each person ($ids, $relatives) across all its pages.
UNWIND $ids AS key
CALL {
  WITH key
  MATCH (rel:Entity)<-[:ABOUT]-(ev:Fact)
  WHERE rel.id IN $relatives AND ev.kind = 'event' AND ev.status = 'ACTIVE' AND NOT EXISTS { MATCH (ev)-[:ABOUT]->(:Entity {id: key}) }
  RETURN count(DISTINCT ev) AS total
}
RETURN key, total
