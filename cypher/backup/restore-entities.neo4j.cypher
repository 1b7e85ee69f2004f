// Restore: creates Entity nodes from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 0-based on Neo4j (1-based on the embedded engine). Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $type[i] AS `type`, $name[i] AS `name`, $fullName[i] AS fullName,
     $shortName[i] AS shortName, $nameNl[i] AS nameNl, $nameFr[i] AS nameFr, $nameEn[i] AS nameEn,
     $nicknames[i] AS nicknames, $aliases[i] AS aliases, $city[i] AS city, $country[i] AS country,
     $birthText[i] AS birthText, $birthPrecision[i] AS birthPrecision, $nationalities[i] AS nationalities,
     $positions[i] AS positions, $searchText[i] AS searchText, $details[i] AS details,
     $status[i] AS `status`, $updatedAt[i] AS updatedAt
CREATE (e:Entity {id: id, type: `type`, name: `name`, fullName: fullName, shortName: shortName, nameNl: nameNl, nameFr: nameFr, nameEn: nameEn, nicknames: nicknames, aliases: aliases, city: city, country: country, birthText: birthText, birthPrecision: birthPrecision, nationalities: nationalities, positions: positions, searchText: searchText, details: details, status: `status`, updatedAt: updatedAt})
