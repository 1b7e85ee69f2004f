// One page of the active facts about one entity ($key; the engine runs one call per key, see
// PER_KEY_OPERATIONS), each row carrying the size of the whole list (`total`): facts of the kinds
// in $kinds where the entity is in a role of $roles (['*']: any) and whose type is in $types
// (['*']: any). Order (`sortKey`): by start (undated last), then by the end's last day, then id;
// with $sortBy = 'known', a fact known only by its end sorts by the first day of that end (a
// tenure that ended in 2004 before one that began in July 2004). The page starts after the keyset
// cursor ($afterKey, $afterId: '' for the first page) and has at most $limit rows.
// Both parts hop once from one constant key, which stays flat as the tables grow (a batch of keys
// is a hash join over whole tables); the kind is filtered on the ABOUT (its copy of the fact's
// kind). Each row names its fact by id only: the engine reads the page's facts by key
// (FACT_FIELD_OPERATIONS, src/graph/operations.ts), cheaper here than reading their columns after the hop.
MATCH (e:Entity {id: $key})<-[a:ABOUT]-(f:Fact)
WHERE a.kind IN $kinds AND ('*' IN $roles OR a.role IN $roles) AND f.status = 'ACTIVE' AND ('*' IN $types OR f.type IN $types)
WITH count(DISTINCT f.id) AS total
MATCH (e:Entity {id: $key})<-[a:ABOUT]-(f:Fact)
WHERE a.kind IN $kinds AND ('*' IN $roles OR a.role IN $roles) AND f.status = 'ACTIVE' AND ('*' IN $types OR f.type IN $types)
WITH DISTINCT total, f,
     concat(coalesce(f.startLo,
                     CASE WHEN $sortBy <> 'known' THEN NULL
                          WHEN f.endPrecision = 'DAY' THEN f.endText
                          WHEN f.endPrecision = 'MONTH' THEN concat(f.endText, '-01')
                          WHEN f.endPrecision = 'YEAR' THEN concat(f.endText, '-01-01')
                          WHEN f.endPrecision = 'SEASON' THEN concat(left(f.endText, 4), '-07-01')
                          WHEN f.endPrecision = 'RANGE' THEN left(f.endText, 10) END,
                     '9999-12-31'),
            '|', coalesce(f.endHi, '9999-12-31')) AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
RETURN $key AS key, total, f.id AS id, sortKey
ORDER BY sortKey, id
LIMIT $limit
