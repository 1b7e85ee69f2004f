// Removes Meta keys (the restore-in-progress marker once a restore completes).
UNWIND $keys AS k
MATCH (m:Meta {key: k})
DELETE m
