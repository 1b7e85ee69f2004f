// Restore: creates Fact nodes (their copy of refs is made after the ABOUTs: src/graph/fact-refs.ts) from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 1-based on the embedded engine. Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(2, size($id)) AS i
WITH $id[i] AS id, $kind[i] AS `kind`, $type[i] AS `type`, $startText[i] AS startText,
     $startPrecision[i] AS startPrecision, $startLo[i] AS startLo, $endText[i] AS endText,
     $endPrecision[i] AS endPrecision, $endHi[i] AS endHi, $details[i] AS details, $status[i] AS `status`,
     $confidence[i] AS confidence, $updatedAt[i] AS updatedAt
CREATE (f:Fact {id: id, kind: `kind`, type: `type`, startText: startText, startPrecision: startPrecision, startLo: startLo, endText: endText, endPrecision: endPrecision, endHi: endHi, details: details, status: `status`, confidence: confidence, updatedAt: updatedAt})
