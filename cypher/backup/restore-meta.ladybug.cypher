// Restore: creates Meta keys from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 1-based on the embedded engine. Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(2, size($key)) AS i
WITH $key[i] AS `key`, $value[i] AS `value`
CREATE (m:Meta {key: `key`, value: `value`})
