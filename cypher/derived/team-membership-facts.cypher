// The active membership facts of one team ($team), packed as derived/membership-facts packs them
// (one row, one line per ABOUT edge): after an edit, only that team's squads are planned again.
// A hop from one constant key, then the refs of the facts found.
MATCH (:Entity {id: $team})<-[:ABOUT]-(f:Fact)
WHERE f.status = 'ACTIVE' AND (f.kind = 'spell' OR f.kind = 'tenure' OR f.kind = 'squad')
WITH DISTINCT f
MATCH (f)-[a:ABOUT]->(e:Entity)
RETURN coalesce(collect(f.id + $sep + f.kind + $sep + coalesce(f.type, $absent) + $sep + coalesce(f.startText, $absent) + $sep +
       coalesce(f.endText, $absent) + $sep + a.role + $sep + e.id + $sep +
       CASE WHEN f.kind = 'squad' THEN coalesce(f.details, $absent) ELSE $absent END), []) AS refs
