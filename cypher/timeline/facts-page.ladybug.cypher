// One page of a person's timeline drawn from the active facts about them ($key; the engine runs
// one call per key, see PER_KEY_OPERATIONS), each row carrying the size of that whole list
// (`total`): facts of the kinds in $kinds (['*']: every kind), in any role. The order
// (`sortKey`, then id) is the timeline's, written as one string that sorts like
// src/repositories/timeline-repository.ts compares entries:
//   when     the start's first day; for a qualification with no start, its `statusAsOf` detail's;
//            else the end's first day (known only by its end); undated: 9999-12-31
//   endOnly  0 when known only by its end (it goes before what starts that day), else 1
//   source   0 an article, 1 a fact (an article before what it reports that day)
//   then the facts' own date order (fact-repository byDate): start's first day (9999-12-31 when
//   none), the `order` detail (offset by 10^9 and zero-padded so it sorts as a number), the end's
//   last day (9999-12-31 when none); ties by id.
// The page starts after the keyset cursor ($afterKey, $afterId: '' for the first page) and has at
// most $limit rows. Both parts hop once from one constant key (flat as the tables grow); the kind
// is filtered on the ABOUT (its copy of the fact's kind) and the refs come from the fact's copy.
// The details are JSON text: `order` and `statusAsOf` are cut out of it with split_part (Neo4j:
// split()). LadybugDB 0.19.1: regexp_extract returned other rows' matches when a query ran on
// several threads; every CASE branch is evaluated (a CAST in a branch not taken still fails: the
// `order` is cast from '0' + its digits); a bare property as a CASE or coalesce result repeated
// the first row's value after some plans (timeline/articles-page): such results are computed
// here (left(x, 10)).
MATCH (e:Entity {id: $key})<-[a:ABOUT]-(f:Fact)
WHERE ('*' IN $kinds OR a.kind IN $kinds) AND f.status = 'ACTIVE'
WITH count(DISTINCT f.id) AS total
MATCH (e:Entity {id: $key})<-[a:ABOUT]-(f:Fact)
WHERE ('*' IN $kinds OR a.kind IN $kinds) AND f.status = 'ACTIVE'
WITH DISTINCT total, f,
     CASE WHEN f.startLo IS NULL AND f.kind = 'qualification' AND f.details CONTAINS '"statusAsOf":"'
          THEN split_part(split_part(f.details, '"statusAsOf":"', 2), '"', 1) END AS statusAsOf
WITH total, f,
     coalesce(left(f.startLo, 10),
              CASE WHEN statusAsOf CONTAINS '..' THEN left(statusAsOf, 10)
                   WHEN statusAsOf CONTAINS '/' OR size(statusAsOf) = 9 THEN concat(left(statusAsOf, 4), '-07-01')
                   WHEN size(statusAsOf) = 10 THEN left(statusAsOf, 10)
                   WHEN size(statusAsOf) = 7 THEN concat(statusAsOf, '-01')
                   WHEN size(statusAsOf) = 4 THEN concat(statusAsOf, '-01-01') END) AS dated,
     CASE WHEN f.endPrecision = 'DAY' THEN left(f.endText, 10)
          WHEN f.endPrecision = 'MONTH' THEN concat(f.endText, '-01')
          WHEN f.endPrecision = 'YEAR' THEN concat(f.endText, '-01-01')
          WHEN f.endPrecision = 'SEASON' THEN concat(left(f.endText, 4), '-07-01')
          WHEN f.endPrecision = 'RANGE' THEN left(f.endText, 10) END AS endLo,
     (CAST(concat('0', replace(split_part(split_part(split_part(f.details, '"order":', 2), ',', 1), '}', 1), '-', '')) AS INT64) * CASE WHEN left(split_part(split_part(split_part(f.details, '"order":', 2), ',', 1), '}', 1), 1) = '-' THEN -1 ELSE 1 END) AS ord
WITH total, f,
     concat(coalesce(dated, endLo, '9999-12-31'), '|', CASE WHEN dated IS NULL AND f.endText IS NOT NULL THEN '0' ELSE '1' END, '|1|',
            coalesce(left(f.startLo, 10), '9999-12-31'), '|', lpad(CAST(ord + 1000000000 AS STRING), 10, '0'), '|', coalesce(left(f.endHi, 10), '9999-12-31')) AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
RETURN $key AS key, total, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs, sortKey
ORDER BY sortKey, id
LIMIT $limit
