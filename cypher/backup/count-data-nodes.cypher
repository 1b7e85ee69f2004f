// How many nodes hold data (not Meta keys: a new database already records its schema state there);
// a restore refuses a database holding any.
OPTIONAL MATCH (e:Entity) WITH count(e) AS entities
OPTIONAL MATCH (f:Fact) WITH entities, count(f) AS facts
OPTIONAL MATCH (s:Source) WITH entities, facts, count(s) AS sources
OPTIONAL MATCH (a:Audit) WITH entities, facts, sources, count(a) AS audits
OPTIONAL MATCH (q:Squad)
WITH entities, facts, sources, audits, count(q) AS squads
RETURN entities + facts + sources + audits + squads AS total
