// Removes a marker only if it still holds the value the caller saw (a newer edit keeps it set).
MATCH (m:Meta {key: $key})
WHERE m.value = $expected
DELETE m
