// The active membership facts of one team ($team), with their refs (the fact's copy, Fact.refs)
// and details: after an edit, only that team's squads are planned again. One hop from the team,
// the kind filtered on the ABOUT's copy of it: on the imported graph ~100 ms for Standard's 587
// spells, where walking each fact's ABOUTs after it took ~450 ms (LadybugDB 0.19.1).
MATCH (e:Entity)<-[a:ABOUT]-(f:Fact)
WHERE e.id IN $ids AND a.kind IN ['spell', 'tenure', 'squad'] AND f.status = 'ACTIVE'
WITH DISTINCT f
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText, f.refs AS refs,
       CASE WHEN f.kind = 'squad' THEN f.details ELSE null END AS details
