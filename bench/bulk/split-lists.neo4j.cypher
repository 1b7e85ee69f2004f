// Bulk load (Neo4j, benchmark graphs only): neo4j-admin import reads the entities' list columns as
// the text `[a,b]` (LadybugDB's list literal, bench/bulk/csv.ts); this makes them lists, as
// entities/create-batch writes them (`[]` an empty list; a missing column stays missing).
MATCH (e:Entity)
CALL (e) {
  SET e.nicknames = CASE WHEN e.nicknames IS NULL THEN null WHEN e.nicknames = '[]' THEN [] ELSE split(substring(e.nicknames, 1, size(e.nicknames) - 2), ',') END,
      e.aliases = CASE WHEN e.aliases IS NULL THEN null WHEN e.aliases = '[]' THEN [] ELSE split(substring(e.aliases, 1, size(e.aliases) - 2), ',') END,
      e.nationalities = CASE WHEN e.nationalities IS NULL THEN null WHEN e.nationalities = '[]' THEN [] ELSE split(substring(e.nationalities, 1, size(e.nationalities) - 2), ',') END,
      e.positions = CASE WHEN e.positions IS NULL THEN null WHEN e.positions = '[]' THEN [] ELSE split(substring(e.positions, 1, size(e.positions) - 2), ',') END
} IN TRANSACTIONS OF 10000 ROWS
