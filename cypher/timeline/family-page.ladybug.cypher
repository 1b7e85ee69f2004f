// One page of the events in the lives of a person's relatives ($key; the engine runs one call per
// key, see PER_KEY_OPERATIONS; timeline/family-count counts them): the active events about any of
// $relatives (timeline/family-links), except events about the person themself (those are theirs
// anyway), each once, with the relatives (of $relatives) it is about. Order (`sortKey`, then id)
// as in timeline/facts-page (read its header); at most $limit rows after the keyset cursor
// ($afterKey, $afterId). The relatives' ids as a list let the engine start from them and extend
// (a hop after a key found in the query became a hash join over whole tables: 30–50 ms against
// ~10 ms). The person's own events are left out by the events' copy of their refs, after the
// grouping: a NOT EXISTS subquery on `ev` here returned wrong rows on LadybugDB 0.19.1 (all
// events, or none), and the same test before the grouping scanned every fact's refs (~290 ms).
MATCH (rel:Entity)<-[c:ABOUT]-(ev:Fact)
WHERE rel.id IN $relatives AND c.kind = 'event' AND ev.status = 'ACTIVE'
WITH ev, collect(DISTINCT rel.id) AS relatives
WHERE NOT ev.refs CONTAINS concat(',"', $key, '"]')
WITH ev, relatives,
     CASE WHEN ev.endPrecision = 'DAY' THEN left(ev.endText, 10)
          WHEN ev.endPrecision = 'MONTH' THEN concat(ev.endText, '-01')
          WHEN ev.endPrecision = 'YEAR' THEN concat(ev.endText, '-01-01')
          WHEN ev.endPrecision = 'SEASON' THEN concat(left(ev.endText, 4), '-07-01')
          WHEN ev.endPrecision = 'RANGE' THEN left(ev.endText, 10) END AS endLo,
     (CAST(concat('0', replace(split_part(split_part(split_part(ev.details, '"order":', 2), ',', 1), '}', 1), '-', '')) AS INT64) * CASE WHEN left(split_part(split_part(split_part(ev.details, '"order":', 2), ',', 1), '}', 1), 1) = '-' THEN -1 ELSE 1 END) AS ord
WITH ev, relatives,
     concat(coalesce(left(ev.startLo, 10), endLo, '9999-12-31'), '|', CASE WHEN ev.startLo IS NULL AND ev.endText IS NOT NULL THEN '0' ELSE '1' END, '|1|',
            coalesce(left(ev.startLo, 10), '9999-12-31'), '|', lpad(CAST(ord + 1000000000 AS STRING), 10, '0'), '|', coalesce(left(ev.endHi, 10), '9999-12-31')) AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND ev.id > $afterId)
RETURN $key AS key, ev.id AS id, ev.kind AS kind, ev.type AS type, ev.startText AS startText, ev.endText AS endText,
       ev.details AS details, ev.confidence AS confidence, ev.refs AS refs, relatives, sortKey
ORDER BY sortKey, id
LIMIT $limit
