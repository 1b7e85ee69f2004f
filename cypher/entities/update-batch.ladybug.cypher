// Merges what an import learned into existing entities: the values are the stored ones with
// spellings added and empty fields filled, computed by the importer; other fields are left alone.
// Columnar parameters: one list per property, all of the same length. The first element of every
// list is a typed placeholder (so that a column that is null in every row still has a type) and
// is skipped; lists are 1-based on the embedded engine. Every `$list[i]` is read in the WITH right after
// the UNWIND: on the embedded engine an index read after a MATCH returns values of other rows.
UNWIND range(2, size($id)) AS i
WITH $id[i] AS id, $aliases[i] AS aliases, $searchText[i] AS searchText, $city[i] AS city, $country[i] AS country,
     $nationalities[i] AS nationalities, $positions[i] AS positions, $birthText[i] AS birthText, $birthPrecision[i] AS birthPrecision,
     $updatedAt[i] AS updatedAt
MATCH (e:Entity {id: id})
SET e.aliases = aliases, e.searchText = searchText, e.city = city, e.country = country, e.nationalities = nationalities,
    e.positions = positions, e.birthText = birthText, e.birthPrecision = birthPrecision, e.updatedAt = updatedAt
