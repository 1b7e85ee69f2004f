// Takes (or renews) a lease held in a Meta node, e.g. the right to rebuild derived squads and
// links, for one holder at a time across every process on the database. The value is
// "<expires ISO> <holder>": free when empty, expired when it sorts before $now, renewed by its
// holder. Every taker first writes the $lock node (Neo4j locks a node it writes until commit),
// so the lease node is read only by one taker at a time, after the previous one committed.
MERGE (l:Meta {key: $lock})
SET l.value = $claim
WITH l
MERGE (m:Meta {key: $key})
ON CREATE SET m.value = ''
WITH m
SET m.value = CASE WHEN m.value = '' OR m.value ENDS WITH $holder OR m.value < $now THEN $claim ELSE m.value END
RETURN m.value AS value
