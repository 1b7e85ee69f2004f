// Takes (or renews) a lease held in a Meta node (see take-lease.neo4j.cypher). Writes run one at
// a time on the embedded engine, so reading and setting in one statement cannot interleave.
MERGE (m:Meta {key: $key})
ON CREATE SET m.value = ''
WITH m
SET m.value = CASE WHEN m.value = '' OR m.value ENDS WITH $holder OR m.value < $now THEN $claim ELSE m.value END
RETURN m.value AS value
