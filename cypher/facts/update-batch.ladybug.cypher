// Sets the details of existing facts: new values of imported facts, or a curated fact's details
// with the dataset's (fee, market value, window …) added where the curated fact has none.
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(2, size($id)) AS i
WITH $id[i] AS id, $details[i] AS details, $updatedAt[i] AS updatedAt
MATCH (f:Fact {id: id})
SET f.details = details, f.updatedAt = updatedAt
