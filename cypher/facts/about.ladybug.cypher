// Active facts about entities, of the kinds in $kinds (['*'] for every kind), with every entity or
// fact they refer to (role → id), for DataLoader. The kind is filtered on the ABOUT (its copy of
// the fact's kind) and the refs come from the fact's copy (Fact.refs): reading each
// fact's kind, then walking its ABOUTs, cost ~200 ms for three clubs of the 100k-people synthetic
// graph (thousands of facts each); this form ~15 ms. The id list (not UNWIND + key lookup) lets
// LadybugDB start from the entities and extend, rather than hash-join over every fact.
MATCH (e:Entity)<-[a:ABOUT]-(f:Fact)
WHERE e.id IN $ids AND ('*' IN $kinds OR a.kind IN $kinds) AND f.status = 'ACTIVE'
WITH DISTINCT e.id AS key, f
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
