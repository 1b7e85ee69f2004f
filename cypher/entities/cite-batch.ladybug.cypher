// Cites a dataset from entities (where they were seen and how they were matched).
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(2, size($holder)) AS i
WITH $holder[i] AS hid, $source[i] AS sid, $detail[i] AS detail, $confidence[i] AS confidence
MATCH (e:Entity {id: hid})
WITH e, sid, detail, confidence
MATCH (s:Source {id: sid})
CREATE (e)-[:CITES {detail: detail, teaser: false, confidence: confidence}]->(s)
