// Active facts about entities, of the kinds in $kinds (['*'] for every kind), with every entity or
// fact they refer to (role → id), for DataLoader. Key lookup first; then both steps are one-step
// recursive patterns, which LadybugDB walks from the nodes already found (the WHERE after the
// lookup lets it mask the walk to them). The plain patterns were hash joins over scans of every
// fact and entity: ~350 ms per call on the imported graph whatever the number of ids, now ~25 ms
// for one person, ~75 ms for 20. (x:Entity:Fact) means Entity or Fact here.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
WITH key, e
WHERE e.id IS NOT NULL
MATCH (e)<-[:ABOUT*1..1]-(f:Fact)
WITH DISTINCT key, f
WHERE f.status = 'ACTIVE' AND ('*' IN $kinds OR f.kind IN $kinds)
MATCH (f)-[b:ABOUT*1..1]->(x:Entity:Fact)
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence,
       collect(list_transform(rels(b), l -> l.role)[1]) AS refRoles, collect(x.id) AS refIds
