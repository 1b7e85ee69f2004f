// Takes (or renews) a lease held in a Meta node, e.g. the right to rebuild derived squads and
// links, for one holder at a time across every process on the database. The value is
// "<expires ISO> <holder>": free when absent or empty, expired when it sorts before $now, renewed
// by its holder. The first SET takes the node's write lock (held until commit), so the value read
// after it is the latest committed one: two takers never both see the lease free.
MERGE (m:Meta {key: $key})
ON CREATE SET m.value = ''
SET m.locking = $claim
WITH m
SET m.value = CASE WHEN m.value = '' OR m.value ENDS WITH $holder OR m.value < $now THEN $claim ELSE m.value END
REMOVE m.locking
RETURN m.value AS value
