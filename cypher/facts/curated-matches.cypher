// Matches backed by a curated source (an article or the editors): a results row that is the same
// match (same sides, its day inside the article's date) confirms the article's fact instead of
// duplicating it.
MATCH (f:Fact)-[:CITES]->(s:Source)
WHERE s.kind <> 'DATASET' AND f.status = 'ACTIVE' AND f.kind = 'match'
WITH DISTINCT f
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs
