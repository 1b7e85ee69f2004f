// Bulk load check (both engines): what the graph holds, to compare with the CSV files' rows.
MATCH (e:Entity)
WITH count(e) AS entities
MATCH (f:Fact)
WITH entities, count(f) AS facts
MATCH (:Fact)-[a:ABOUT]->(:Entity)
WITH entities, facts, count(a) AS about
MATCH (:Entity)-[c:CITES]->(:Source)
WITH entities, facts, about, count(c) AS entityCites
MATCH (:Fact)-[c:CITES]->(:Source)
RETURN entities, facts, about, entityCites, count(c) AS factCites
