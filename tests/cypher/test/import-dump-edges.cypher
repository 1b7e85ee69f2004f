// Test only: every ABOUT, CITES and LINK edge, to compare two graphs.
MATCH (f:Fact)-[a:ABOUT]->(x)
RETURN 'ABOUT' AS rel, f.id AS source, x.id AS target, a.role AS detail, 0.0 AS confidence
UNION ALL
MATCH (h)-[c:CITES]->(s:Source)
RETURN 'CITES' AS rel, h.id AS source, s.id AS target, c.detail AS detail, c.confidence AS confidence
UNION ALL
MATCH (p:Entity)-[l:LINK]->(x)
RETURN 'LINK' AS rel, p.id AS source, x.id AS target, l.factId + ' ' + l.role + ' ' + coalesce(l.lo, '-') + ' ' + coalesce(l.hi, '-') AS detail, 0.0 AS confidence
