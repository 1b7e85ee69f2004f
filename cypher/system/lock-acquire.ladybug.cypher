// Takes a named lease if it is free or expired, or renews it for its holder ($owner) (writes run one at a time on the embedded engine).
MERGE (l:Meta {key: $key})
ON CREATE SET l.value = ''
WITH l
SET l.value = CASE WHEN l.value = '' OR l.value < $now OR l.value ENDS WITH $owner THEN $lease ELSE l.value END
RETURN l.value AS value
