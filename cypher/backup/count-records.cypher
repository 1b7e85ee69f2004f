// How many records of each kind a backup holds that the database now holds: checked after a
// restore has written, before the database is marked ready. (Meta keys are checked by key.)
OPTIONAL MATCH (s:Source) WITH count(s) AS sources
OPTIONAL MATCH (e:Entity) WITH sources, count(e) AS entities
OPTIONAL MATCH (f:Fact) WITH sources, entities, count(f) AS facts
OPTIONAL MATCH (:Fact)-[ae:ABOUT]->(:Entity) WITH sources, entities, facts, count(ae) AS aboutEntity
OPTIONAL MATCH (:Fact)-[af:ABOUT]->(:Fact) WITH sources, entities, facts, aboutEntity, count(af) AS aboutFact
OPTIONAL MATCH (:Fact)-[cf:CITES]->(:Source) WITH sources, entities, facts, aboutEntity, aboutFact, count(cf) AS citesFact
OPTIONAL MATCH (:Entity)-[ce:CITES]->(:Source)
WITH sources, entities, facts, aboutEntity, aboutFact, citesFact, count(ce) AS citesEntity
OPTIONAL MATCH (a:Audit)
RETURN sources, entities, facts, aboutEntity, aboutFact, citesFact, citesEntity, count(a) AS audits
