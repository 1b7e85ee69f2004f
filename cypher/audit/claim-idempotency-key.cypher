// Records an edit's idempotency key and its answer, in the edit's own transaction. CREATE, not
// MERGE: a key already taken (another request with the same key committed first, perhaps in
// another API process) fails the statement, and with it the whole edit.
CREATE (m:Meta {key: $key, value: $value})
RETURN m.key AS key
