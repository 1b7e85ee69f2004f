// Facts that put a person in a team for a period: playing spells, staff tenures, tournament squads.
MATCH (f:Fact)
WHERE f.status = 'ACTIVE' AND (f.kind = 'spell' OR f.kind = 'tenure' OR f.kind = 'squad')
MATCH (f)-[a:ABOUT]->(e:Entity)
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, collect(a.role) AS refRoles, collect(e.id) AS refIds
