UNWIND $rows AS r
WITH r, r.id AS id
MERGE (e:Entity {id: id})
SET e.type = r.type, e.name = r.name, e.fullName = r.fullName, e.shortName = r.shortName,
    e.nameNl = r.nameNl, e.nameFr = r.nameFr, e.nameEn = r.nameEn, e.nicknames = r.nicknames, e.aliases = r.aliases,
    e.city = r.city, e.country = r.country, e.birthText = r.birthText, e.birthPrecision = r.birthPrecision,
    e.nationalities = r.nationalities, e.positions = r.positions, e.searchText = r.searchText, e.details = r.details,
    e.status = r.status, e.updatedAt = r.updatedAt
