// Gives a lease back (see take-lease) if this holder still has it: the node goes, so a lease
// leaves nothing behind in the graph (a backup's counts stay those of the data).
MATCH (m:Meta {key: $key})
WHERE m.value ENDS WITH $holder
DELETE m
