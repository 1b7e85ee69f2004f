// Restore: creates Audit entries from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 0-based on Neo4j (1-based on the embedded engine). Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $at[i] AS `at`, $editor[i] AS editor, $action[i] AS action, $subjectId[i] AS subjectId,
     $reason[i] AS reason, $before[i] AS `before`, $after[i] AS `after`
CREATE (a:Audit {id: id, at: `at`, editor: editor, action: action, subjectId: subjectId, reason: reason, before: `before`, after: `after`})
