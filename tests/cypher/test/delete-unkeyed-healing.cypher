// Test only, in place of facts/delete-unkeyed: deletes the facts as the application does and
// ends the simulated key loss (Meta `test:lost-keys`), so that the facts written again keep their
// keys, as they did after the real fault.
UNWIND $ids AS key
MATCH (f:Fact)
WHERE f.id STARTS WITH key AND size(f.id) = size(key)
DETACH DELETE f
WITH count(*) AS deleted
MATCH (m:Meta {key: 'test:lost-keys'})
SET m.value = ''
