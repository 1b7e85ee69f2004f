UNWIND $ids AS key
OPTIONAL MATCH (e:Entity {id: key})
RETURN key, e.id AS id, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName,
       e.nameNl AS nameNl, e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases,
       e.city AS city, e.country AS country, e.birthText AS birthText, e.nationalities AS nationalities,
       e.positions AS positions, e.details AS details, e.status AS status
