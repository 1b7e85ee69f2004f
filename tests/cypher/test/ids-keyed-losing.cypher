// Test only, in place of facts/ids-keyed: the facts the key index finds, but for those whose id
// starts with the Meta value `test:lost-keys` (see key-check-losing).
OPTIONAL MATCH (m:Meta {key: 'test:lost-keys'})
WITH coalesce(m.value, '') AS lost
MATCH (f:Fact)
WITH lost, f.id AS id
MATCH (g:Fact {id: id})
WHERE lost = '' OR NOT g.id STARTS WITH lost
RETURN collect(g.id) AS keyed
