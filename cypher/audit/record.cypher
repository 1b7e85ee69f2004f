// One audit entry per edit, written in the edit's own transaction. CREATE, not MERGE: an entry
// is never rewritten, and a clash of ids fails the whole edit.
UNWIND $rows AS r
WITH r, r.id AS id
CREATE (a:Audit {id: id, at: r.at, editor: r.editor, action: r.action, subjectId: r.subjectId, reason: r.reason, before: r.before, after: r.after})
