// Test only: every fact with the fields imports write, to compare two graphs.
MATCH (f:Fact)
RETURN f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText, f.details AS details,
       f.confidence AS confidence, f.status AS status
ORDER BY id
