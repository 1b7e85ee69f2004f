UNWIND $rows AS r
WITH r, r.key AS k
MERGE (m:Meta {key: k})
SET m.value = r.value
