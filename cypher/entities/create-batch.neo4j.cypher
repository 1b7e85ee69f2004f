// Creates entities that are not in the graph yet (the importer has checked).
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine, 0-based on Neo4j. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $type[i] AS type, $name[i] AS name, $shortName[i] AS shortName, $aliases[i] AS aliases, $city[i] AS city,
     $country[i] AS country, $birthText[i] AS birthText, $birthPrecision[i] AS birthPrecision, $nationalities[i] AS nationalities,
     $positions[i] AS positions, $searchText[i] AS searchText, $details[i] AS details, $updatedAt[i] AS updatedAt
CREATE (e:Entity {id: id, type: type, name: name, shortName: shortName, aliases: aliases, city: city, country: country, birthText: birthText,
    birthPrecision: birthPrecision, nationalities: nationalities, positions: positions, searchText: searchText, details: details,
    status: 'ACTIVE', updatedAt: updatedAt})
