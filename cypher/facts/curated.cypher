// Transfers and spells backed by a curated source (an article or the editors): imported rows
// that describe the same move or spell attach to these instead of duplicating them.
MATCH (f:Fact)-[:CITES]->(s:Source)
WHERE s.kind <> 'DATASET' AND f.status = 'ACTIVE' AND (f.kind = 'transfer' OR f.kind = 'spell')
WITH DISTINCT f
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
