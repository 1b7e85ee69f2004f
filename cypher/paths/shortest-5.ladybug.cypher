// All shortest paths of at most 5 person-to-person hops (10 LINK edges) between two entities.
// Inside a path sit only people, squads and connector facts, never a team: the recursive filter
// also applies to the destination, so a team end must be passed as $from.
MATCH p = (a:Entity {id: $from})-[:LINK* ALL SHORTEST 1..10 (r, n | WHERE label(n) <> 'Entity' OR n.type = 'PERSON')]-(b:Entity {id: $to})
RETURN list_transform(nodes(p), n -> n.id) AS ids,
       list_transform(nodes(p), n -> n.teamId) AS teams,
       list_transform(nodes(p), n -> n.kind) AS kinds,
       list_transform(nodes(p), n -> n.type) AS types,
       list_transform(nodes(p), n -> n.confidence) AS confidences,
       list_transform(rels(p), r -> r.role) AS roles,
       list_transform(rels(p), r -> r.factId) AS factIds,
       list_transform(rels(p), r -> r.lo) AS los,
       list_transform(rels(p), r -> r.hi) AS his
LIMIT $limit
