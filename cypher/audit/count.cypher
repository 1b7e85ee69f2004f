// How many audit entries match the filters of audit/page.
MATCH (a:Audit)
WHERE ($subject = '' OR a.subjectId = $subject) AND ($editor = '' OR a.editor = $editor)
RETURN count(a) AS total
