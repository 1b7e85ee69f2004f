// Restore: creates the citations of entities from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 0-based on Neo4j (1-based on the embedded engine). Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(1, size($holder) - 1) AS i
WITH $holder[i] AS holder, $source[i] AS `source`, $detail[i] AS `detail`, $teaser[i] AS teaser,
     $confidence[i] AS confidence
MATCH (e:Entity {id: holder})
WITH e, `source`, `detail`, teaser, confidence
MATCH (s:Source {id: `source`})
CREATE (e)-[:CITES {detail: `detail`, teaser: teaser, confidence: confidence}]->(s)
