// All shortest paths of at most 6 person-to-person hops (12 LINK edges) between two entities.
// Inside a path sit only people, squads and connector facts, never a team.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:LINK*..12]-(b))
WHERE all(n IN nodes(p)[1..-1] WHERE NOT n:Entity OR n.type = 'PERSON')
RETURN [n IN nodes(p) | n.id] AS ids,
       [n IN nodes(p) | n.teamId] AS teams,
       [n IN nodes(p) | n.kind] AS kinds,
       [n IN nodes(p) | n.type] AS types,
       [n IN nodes(p) | n.confidence] AS confidences,
       [r IN relationships(p) | r.role] AS roles,
       [r IN relationships(p) | r.factId] AS factIds,
       [r IN relationships(p) | r.lo] AS los,
       [r IN relationships(p) | r.hi] AS his
LIMIT $limit
