// Takes a named lease if it is free or expired, or renews it for its holder ($owner). The first SET takes the node's write lock, so
// the value read after it is the latest committed one (no lost update between two processes).
MERGE (l:Meta {key: $key})
ON CREATE SET l.value = ''
SET l.locking = $lease
WITH l
SET l.value = CASE WHEN l.value = '' OR l.value < $now OR l.value ENDS WITH $owner THEN $lease ELSE l.value END
REMOVE l.locking
RETURN l.value AS value
