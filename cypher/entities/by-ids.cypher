// Entities by id, for DataLoader. A plain MATCH after the UNWIND is a primary-key lookup per id on
// LadybugDB (OPTIONAL MATCH here became a hash join over a scan of every entity: 22 ms for one id
// on 50k entities vs 1 ms); a missing id simply has no row.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
RETURN key, e.id AS id, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName,
       e.nameNl AS nameNl, e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases,
       e.city AS city, e.country AS country, e.birthText AS birthText, e.nationalities AS nationalities,
       e.positions AS positions, e.details AS details, e.status AS status
