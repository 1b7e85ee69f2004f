// Creates facts that are not in the graph yet (the importer has checked), with the refs their
// ABOUTs (facts/about-batch, same batch) will hold.
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(2, size($id)) AS i
WITH $id[i] AS id, $kind[i] AS kind, $type[i] AS type, $startText[i] AS startText, $startPrecision[i] AS startPrecision,
     $startLo[i] AS startLo, $endText[i] AS endText, $endPrecision[i] AS endPrecision, $endHi[i] AS endHi, $details[i] AS details,
     $confidence[i] AS confidence, $updatedAt[i] AS updatedAt, $refs[i] AS refs
CREATE (f:Fact {id: id, kind: kind, type: type, startText: startText, startPrecision: startPrecision, startLo: startLo, endText: endText,
    endPrecision: endPrecision, endHi: endHi, details: details, status: 'ACTIVE', confidence: confidence, updatedAt: updatedAt,
    refs: refs})
