// One breadth-first step of a filtered path search: every entity that shares a squad or a
// connector fact with one of $ids, with both LINKs. The caller filters roles, overlap, window and
// entity types: on LadybugDB a filter on LINK or target properties here makes the planner scan
// every LINK (measured 10-100x slower on 100k people); `IN $ids` beats UNWIND for this pattern.
MATCH (a:Entity)-[l:LINK]->(c)<-[m:LINK]-(b:Entity)
WHERE a.id IN $ids AND b.id <> a.id
RETURN a.id AS source, b.id AS target, b.type AS targetType, c.id AS via, c.teamId AS teamId, c.kind AS kind, c.type AS type, c.confidence AS confidence,
       l.role AS sourceRole, l.factId AS sourceFact, l.lo AS sourceLo, l.hi AS sourceHi,
       m.role AS targetRole, m.factId AS targetFact, m.lo AS targetLo, m.hi AS targetHi
