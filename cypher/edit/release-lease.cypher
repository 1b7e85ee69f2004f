// Gives a lease back (see take-lease) if this holder still has it.
MATCH (m:Meta {key: $key})
WHERE m.value ENDS WITH $holder
SET m.value = ''
