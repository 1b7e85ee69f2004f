// Facts that put a person in a team for a period: playing spells, staff tenures, tournament squads.
// One row holding one packed line per ABOUT edge: fact id, kind, type, startText, endText, role,
// entity id, details, joined by $sep, $absent standing for null (rebuildDerived unpacks them).
// Reading rows from the embedded engine costs ~14 µs a row and each value of a returned list
// costs too, while one string is almost free: on the imported graph (178k facts, 356k edges) this
// reads in ~0.8 s where a row per fact took ~6 s. Details only for tournament squads (the planner
// reads their tournament).
MATCH (f:Fact)-[a:ABOUT]->(e:Entity)
WHERE f.status = 'ACTIVE' AND (f.kind = 'spell' OR f.kind = 'tenure' OR f.kind = 'squad')
RETURN coalesce(collect(f.id + $sep + f.kind + $sep + coalesce(f.type, $absent) + $sep + coalesce(f.startText, $absent) + $sep +
       coalesce(f.endText, $absent) + $sep + a.role + $sep + e.id + $sep +
       CASE WHEN f.kind = 'squad' THEN coalesce(f.details, $absent) ELSE $absent END), []) AS refs
