// Bulk load check (LadybugDB): of the entitys at table offsets $skip … $skip + $limit - 1, how many the
// key index finds. LadybugDB 0.19.1 once lost a key-index entry after bulk creates; the importer's
// facts/key-check joins every fact at once, which a 13.6M-fact graph cannot do in a bounded
// buffer pool: the loader runs this part by part over the whole table.
MATCH (x:Entity)
WHERE offset(id(x)) >= $skip AND offset(id(x)) < $skip + $limit
WITH x.id AS id
MATCH (g:Entity {id: id})
RETURN count(g) AS keyed
