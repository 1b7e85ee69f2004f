// A page of the audit trail, newest first; '' means no filter.
MATCH (a:Audit)
WHERE ($subject = '' OR a.subjectId = $subject) AND ($editor = '' OR a.editor = $editor)
RETURN a.id AS id, a.at AS at, a.editor AS editor, a.action AS action, a.subjectId AS subjectId,
       a.reason AS reason, a.before AS before, a.after AS after
ORDER BY at DESC, id DESC
SKIP $skip LIMIT $limit
