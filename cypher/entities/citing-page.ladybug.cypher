// One page of the active entities citing one source ($key; the engine runs one call per key, see
// PER_KEY_OPERATIONS), one row per entity with every citation of that source (parallel lists),
// each row carrying the size of the whole list (`total`): people, clubs, national teams, then
// stadiums (`sortKey` 0–3), each by id, after the keyset cursor ($afterKey, $afterId: '' for the
// first page), at most $limit rows. Both parts hop once from one constant key.
MATCH (e:Entity)-[:CITES]->(s:Source {id: $key})
WHERE e.status = 'ACTIVE'
WITH count(DISTINCT e.id) AS total
MATCH (e:Entity)-[c:CITES]->(s:Source {id: $key})
WHERE e.status = 'ACTIVE'
WITH total, e, CASE e.type WHEN 'PERSON' THEN '0' WHEN 'CLUB' THEN '1' WHEN 'NATIONAL_TEAM' THEN '2' ELSE '3' END AS sortKey,
     collect(c.detail) AS citeDetails, collect(c.teaser) AS citeTeasers, collect(c.confidence) AS citeConfidences
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND e.id > $afterId)
RETURN $key AS key, total, e.id AS id, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName,
       e.nameNl AS nameNl, e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases,
       e.city AS city, e.country AS country, e.birthText AS birthText, e.nationalities AS nationalities,
       e.positions AS positions, e.details AS details, sortKey, citeDetails, citeTeasers, citeConfidences
ORDER BY sortKey, id
LIMIT $limit
