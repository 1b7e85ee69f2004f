// Bulk load (benchmark graphs only): every fact of the CSV, as import/create-facts writes them
// (with Fact.refs, the JSON copy of its refs). $url: a file:/// URL in the import directory.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Fact {id: row.id, kind: row.kind, type: row.type, startText: row.startText, startPrecision: row.startPrecision,
    startLo: row.startLo, endText: row.endText, endPrecision: row.endPrecision, endHi: row.endHi, details: row.details,
    status: row.status, confidence: toFloat(row.confidence), updatedAt: row.updatedAt, refs: row.refs})
} IN TRANSACTIONS OF 10000 ROWS
