// The family links of a person ($key; the engine runs one call per key, see PER_KEY_OPERATIONS),
// as one row: every relative (a `person:` id other than the person's, in any role but `team`) of
// each active FAMILY or MARRIAGE relationship about them, as "<relationship's date key>
// <relationship id> <role> <relative id>" (ids hold no space); the date key sorts like the facts'
// date order (start, `order` detail offset by 10^9, end). They come from the relationships' copy
// of their refs (Fact.refs, JSON [["role","id"], …], split on `],[` then on quotes): one hop from
// the constant key, where a second ABOUT hop became a hash join over the whole table (~35 ms
// against ~5 ms on the imported graph). LadybugDB 0.19.1: regexp_extract returned other rows'
// matches when a query ran on several threads (split_part does not), and split_part skips empty
// parts (hence the `x` before a pair that starts with a quote).
MATCH (p:Entity {id: $key})<-[a:ABOUT]-(r:Fact)
WHERE a.kind = 'relation' AND r.status = 'ACTIVE' AND r.type IN ['FAMILY', 'MARRIAGE']
WITH DISTINCT r
UNWIND string_split(r.refs, '],[') AS pair
WITH r, split_part(concat('x', pair), '"', 2) AS role, split_part(concat('x', pair), '"', 4) AS relative
WHERE role <> 'team' AND relative <> $key AND relative STARTS WITH 'person:'
RETURN $key AS key,
       collect(DISTINCT concat(coalesce(left(r.startLo, 10), '9999-12-31'), '|',
                               lpad(CAST((CAST(concat('0', replace(split_part(split_part(split_part(r.details, '"order":', 2), ',', 1), '}', 1), '-', '')) AS INT64) * CASE WHEN left(split_part(split_part(split_part(r.details, '"order":', 2), ',', 1), '}', 1), 1) = '-' THEN -1 ELSE 1 END) + 1000000000 AS STRING), 10, '0'), '|',
                               coalesce(left(r.endHi, 10), '9999-12-31'), ' ', r.id, ' ', role, ' ', relative)) AS links
