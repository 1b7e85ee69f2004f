// One page of the events in the lives of each person's relatives ($ids, with the person's
// $relatives from timeline/family-links; timeline/family-count counts them): the active events
// about any of $relatives, except events about the person themself, each once, with the relatives
// it is about. Order (`sortKey`, then id) as in timeline/facts-page; at most $limit rows per
// person after the keyset cursor ($afterKey, $afterId).
UNWIND $ids AS key
CALL {
  WITH key
  MATCH (rel:Entity)<-[:ABOUT]-(ev:Fact)
  WHERE rel.id IN $relatives AND ev.kind = 'event' AND ev.status = 'ACTIVE' AND NOT EXISTS { MATCH (ev)-[:ABOUT]->(:Entity {id: key}) }
  WITH ev, collect(DISTINCT rel.id) AS relatives
  WITH ev, relatives,
       CASE WHEN ev.endPrecision = 'DAY' THEN ev.endText
            WHEN ev.endPrecision = 'MONTH' THEN ev.endText + '-01'
            WHEN ev.endPrecision = 'YEAR' THEN ev.endText + '-01-01'
            WHEN ev.endPrecision = 'SEASON' THEN left(ev.endText, 4) + '-07-01'
            WHEN ev.endPrecision = 'RANGE' THEN left(ev.endText, 10) END AS endLo,
       coalesce(toInteger(split(split(split(ev.details, '"order":')[1], ',')[0], '}')[0]), 0) AS ord
  WITH ev, relatives,
       coalesce(ev.startLo, endLo, '9999-12-31') + '|' + CASE WHEN ev.startLo IS NULL AND ev.endText IS NOT NULL THEN '0' ELSE '1' END + '|1|' +
       coalesce(ev.startLo, '9999-12-31') + '|' + right('0000000000' + toString(ord + 1000000000), 10) + '|' + coalesce(ev.endHi, '9999-12-31') AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND ev.id > $afterId)
  RETURN ev, relatives, sortKey
  ORDER BY sortKey, ev.id
  LIMIT $limit
}
RETURN key, ev.id AS id, ev.kind AS kind, ev.type AS type, ev.startText AS startText, ev.endText AS endText,
       ev.details AS details, ev.confidence AS confidence, ev.refs AS refs, relatives, sortKey
