// A cheap fingerprint of what search indexes: counts and latest updates of entities and sources,
// and the stamp of the last derived rebuild. Search rebuilds its in-process index when it changes.
MATCH (e:Entity)
WITH count(e) AS entities, max(e.updatedAt) AS entitiesUpdated
OPTIONAL MATCH (s:Source)
WITH entities, entitiesUpdated, count(s) AS sources, max(s.updatedAt) AS sourcesUpdated
OPTIONAL MATCH (m:Meta {key: $key})
RETURN entities, entitiesUpdated, sources, sourcesUpdated, m.value AS derived
