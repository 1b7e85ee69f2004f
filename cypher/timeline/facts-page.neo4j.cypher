// One page of each person's timeline ($ids) drawn from the active facts about them, each row
// carrying the size of that person's whole list (`total`): facts of the kinds in $kinds (['*']:
// every kind), in any role. The order (`sortKey`, then id) is the timeline's, one string that
// sorts like src/repositories/timeline-repository.ts compares entries (read the header of
// timeline/facts-page.ladybug.cypher): when | endOnly | source | start | order | end. Each page
// starts after the keyset cursor ($afterKey, $afterId: '' for the first page) and has at most
// $limit rows. Seeks Entity(id) per key; the subqueries keep each key's count and page apart.
UNWIND $ids AS key
CALL {
  WITH key
  MATCH (e:Entity {id: key})<-[:ABOUT]-(f:Fact)
  WHERE ('*' IN $kinds OR f.kind IN $kinds) AND f.status = 'ACTIVE'
  RETURN count(DISTINCT f) AS total
}
CALL {
  WITH key
  MATCH (e:Entity {id: key})<-[:ABOUT]-(f:Fact)
  WHERE ('*' IN $kinds OR f.kind IN $kinds) AND f.status = 'ACTIVE'
  WITH DISTINCT f
  WITH f, CASE WHEN f.startLo IS NULL AND f.kind = 'qualification' THEN split(split(f.details, '"statusAsOf":"')[1], '"')[0] END AS statusAsOf
  WITH f,
       coalesce(f.startLo,
                CASE WHEN statusAsOf CONTAINS '..' THEN left(statusAsOf, 10)
                     WHEN statusAsOf CONTAINS '/' OR size(statusAsOf) = 9 THEN left(statusAsOf, 4) + '-07-01'
                     WHEN size(statusAsOf) = 10 THEN statusAsOf
                     WHEN size(statusAsOf) = 7 THEN statusAsOf + '-01'
                     WHEN size(statusAsOf) = 4 THEN statusAsOf + '-01-01' END) AS dated,
       CASE WHEN f.endPrecision = 'DAY' THEN f.endText
            WHEN f.endPrecision = 'MONTH' THEN f.endText + '-01'
            WHEN f.endPrecision = 'YEAR' THEN f.endText + '-01-01'
            WHEN f.endPrecision = 'SEASON' THEN left(f.endText, 4) + '-07-01'
            WHEN f.endPrecision = 'RANGE' THEN left(f.endText, 10) END AS endLo,
       coalesce(toInteger(split(split(split(f.details, '"order":')[1], ',')[0], '}')[0]), 0) AS ord
  WITH f,
       coalesce(dated, endLo, '9999-12-31') + '|' + CASE WHEN dated IS NULL AND f.endText IS NOT NULL THEN '0' ELSE '1' END + '|1|' +
       coalesce(f.startLo, '9999-12-31') + '|' + right('0000000000' + toString(ord + 1000000000), 10) + '|' + coalesce(f.endHi, '9999-12-31') AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
  RETURN f, sortKey
  ORDER BY sortKey, f.id
  LIMIT $limit
}
RETURN key, total, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs, sortKey
