// One page of the active facts about each entity in $ids, each row carrying the size of that
// entity's whole list (`total`): facts of the kinds in $kinds where the entity is in a role of
// $roles (['*']: any) and whose type is in $types (['*']: any). Order (`sortKey`): by start
// (undated last), then by the end's last day, then id; with $sortBy = 'known', a fact known only by
// its end sorts by the first day of that end. Each page starts after the keyset cursor
// ($afterKey, $afterId: '' for the first page) and has at most $limit facts; only the page's
// facts have their ABOUTs walked. Seeks Entity(id) per key; the subqueries keep each key's count
// and page apart (no Eager, no cartesian product). When every kind asked is sparse (none of the
// list below: BULK_KINDS, src/domain/facts), both follow the ABOUT_SPARSE twins, as facts/about
// does: a club's staff history expands its tenures, not its thousands of spells and matches.
// `named`: the other entities each fact is about, in the columns of entities/by-ids, so that the
// page's people or clubs need no read of their own (one Bolt round trip and ~1 ms of the JVM's
// CPU fewer per level).
UNWIND $ids AS key
MATCH (e:Entity {id: key})
WITH key, e, none(k IN $kinds WHERE k IN ['match', 'spell', 'squad', 'transfer']) AS sparse
CALL {
  WITH e, sparse
  CALL {
    WITH e, sparse
    WITH e WHERE sparse
    MATCH (e)<-[a:ABOUT_SPARSE]-(f)
    RETURN a, f
    UNION ALL
    WITH e, sparse
    WITH e WHERE NOT sparse
    MATCH (e)<-[a:ABOUT]-(f)
    RETURN a, f
  }
  WITH a, f
  WHERE f.kind IN $kinds AND ('*' IN $roles OR a.role IN $roles) AND f.status = 'ACTIVE' AND ('*' IN $types OR f.type IN $types)
  RETURN count(DISTINCT f) AS total
}
CALL {
  WITH e, sparse
  CALL {
    WITH e, sparse
    WITH e WHERE sparse
    MATCH (e)<-[a:ABOUT_SPARSE]-(f)
    RETURN a, f
    UNION ALL
    WITH e, sparse
    WITH e WHERE NOT sparse
    MATCH (e)<-[a:ABOUT]-(f)
    RETURN a, f
  }
  WITH a, f
  WHERE f.kind IN $kinds AND ('*' IN $roles OR a.role IN $roles) AND f.status = 'ACTIVE' AND ('*' IN $types OR f.type IN $types)
  WITH DISTINCT f,
       coalesce(f.startLo,
                CASE WHEN $sortBy <> 'known' THEN null
                     WHEN f.endPrecision = 'DAY' THEN f.endText
                     WHEN f.endPrecision = 'MONTH' THEN f.endText + '-01'
                     WHEN f.endPrecision = 'YEAR' THEN f.endText + '-01-01'
                     WHEN f.endPrecision = 'SEASON' THEN left(f.endText, 4) + '-07-01'
                     WHEN f.endPrecision = 'RANGE' THEN left(f.endText, 10) END,
                '9999-12-31') + '|' + coalesce(f.endHi, '9999-12-31') AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
  RETURN f, sortKey
  ORDER BY sortKey, f.id
  LIMIT $limit
}
RETURN key, total, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, sortKey, f.refs AS refs,
       [(f)-[:ABOUT]->(x:Entity) WHERE x.id <> key | x {.id, .type, .name, .fullName, .shortName, .nameNl, .nameFr, .nameEn, .nicknames, .aliases, .city, .country, .birthText, .nationalities, .positions, .details, .status}] AS named
