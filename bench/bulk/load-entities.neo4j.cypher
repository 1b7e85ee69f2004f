// Bulk load (benchmark graphs only): every entity of the CSV (bench/bulk/csv.ts), as
// import/create-entities writes them. $url is a file:/// URL in the server's import directory.
// Lists are written `[a,b]` (LadybugDB's form): split here; an empty field is null (no property).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Entity {id: row.id, type: row.type, name: row.name, fullName: row.fullName, shortName: row.shortName, nameNl: row.nameNl,
    nameFr: row.nameFr, nameEn: row.nameEn,
    nicknames: CASE WHEN row.nicknames IS NULL THEN null WHEN row.nicknames = '[]' THEN [] ELSE split(substring(row.nicknames, 1, size(row.nicknames) - 2), ',') END,
    aliases: CASE WHEN row.aliases IS NULL THEN null WHEN row.aliases = '[]' THEN [] ELSE split(substring(row.aliases, 1, size(row.aliases) - 2), ',') END,
    city: row.city, country: row.country, birthText: row.birthText, birthPrecision: row.birthPrecision,
    nationalities: CASE WHEN row.nationalities IS NULL THEN null WHEN row.nationalities = '[]' THEN [] ELSE split(substring(row.nationalities, 1, size(row.nationalities) - 2), ',') END,
    positions: CASE WHEN row.positions IS NULL THEN null WHEN row.positions = '[]' THEN [] ELSE split(substring(row.positions, 1, size(row.positions) - 2), ',') END,
    searchText: row.searchText, details: row.details, status: row.status, updatedAt: row.updatedAt})
} IN TRANSACTIONS OF 10000 ROWS
