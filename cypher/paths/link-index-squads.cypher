// Every LINK to a squad, one row per squad, for the in-process link index
// (src/services/paths/link-index.ts). One row per squad rather than per LINK: reading rows is what
// costs (~14 µs each on LadybugDB), so the imported graph's 263k squad LINKs read in 1.3 s, not 4.7 s.
// collect() skips nulls, which would shift the lists against each other: nullable values are
// collected as '' (read back as null).
MATCH (s:Squad)<-[l:LINK]-(e:Entity)
RETURN s.id AS connector, s.teamId AS teamId, collect(e.id) AS entities, collect(coalesce(e.type, '')) AS entityTypes,
       collect(coalesce(l.role, '')) AS roles, collect(coalesce(l.factId, '')) AS factIds,
       collect(coalesce(l.lo, '')) AS los, collect(coalesce(l.hi, '')) AS his
