// Facts that link two ends directly: relationships and successions (people), transfers (teams).
// One row holding one packed line per ABOUT edge: fact id, kind, type, startText, endText, role,
// entity id, joined by $sep, $absent standing for null (see membership-facts).
MATCH (f:Fact)-[a:ABOUT]->(e:Entity)
WHERE f.status = 'ACTIVE' AND (f.kind = 'relation' OR f.kind = 'succession' OR f.kind = 'transfer')
RETURN coalesce(collect(f.id + $sep + f.kind + $sep + coalesce(f.type, $absent) + $sep + coalesce(f.startText, $absent) + $sep +
       coalesce(f.endText, $absent) + $sep + a.role + $sep + e.id), []) AS refs
