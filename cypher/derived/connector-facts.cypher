// Facts that link two ends directly: relationships and successions (people), transfers (teams).
MATCH (f:Fact)
WHERE f.status = 'ACTIVE' AND (f.kind = 'relation' OR f.kind = 'succession' OR f.kind = 'transfer')
MATCH (f)-[a:ABOUT]->(e:Entity)
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, collect(a.role) AS refRoles, collect(e.id) AS refIds
