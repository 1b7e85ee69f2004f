UNWIND $keys AS k
OPTIONAL MATCH (m:Meta {key: k})
RETURN k AS key, m.value AS value
