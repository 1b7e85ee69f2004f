UNWIND $ids AS key
MATCH (e:Entity)-[c:CITES]->(s:Source {id: key})
WHERE e.status = 'ACTIVE'
RETURN key, e.id AS id, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName,
       e.nameNl AS nameNl, e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases,
       e.city AS city, e.country AS country, e.birthText AS birthText, e.nationalities AS nationalities,
       e.positions AS positions, e.details AS details,
       s.id AS sourceId, c.detail AS detail, c.teaser AS teaser, c.confidence AS confidence
