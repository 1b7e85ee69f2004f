// One page of the articles reporting on each person ($ids), each row carrying the size of that
// person's whole list (`total`): every article (`article:` source) that backs the person or any
// active fact about them, at its publication date. Order (`sortKey`, then id) as in
// timeline/facts-page: an article has no end and sorts before the facts of its day. At most $limit
// rows per person after the keyset cursor ($afterKey, $afterId).
UNWIND $ids AS key
CALL {
  WITH key
  CALL {
    WITH key
    MATCH (:Entity {id: key})-[:CITES]->(s:Source)
    WHERE s.id STARTS WITH 'article:'
    RETURN s
    UNION
    WITH key
    MATCH (:Entity {id: key})<-[:ABOUT]-(f:Fact)-[:CITES]->(s:Source)
    WHERE f.status = 'ACTIVE' AND s.id STARTS WITH 'article:'
    RETURN s
  }
  RETURN count(DISTINCT s) AS total
}
CALL {
  WITH key
  CALL {
    WITH key
    MATCH (:Entity {id: key})-[:CITES]->(s:Source)
    WHERE s.id STARTS WITH 'article:'
    RETURN s
    UNION
    WITH key
    MATCH (:Entity {id: key})<-[:ABOUT]-(f:Fact)-[:CITES]->(s:Source)
    WHERE f.status = 'ACTIVE' AND s.id STARTS WITH 'article:'
    RETURN s
  }
  WITH DISTINCT s
  WITH s,
       coalesce(CASE WHEN s.publishedPrecision = 'DAY' THEN s.publishedText
                     WHEN s.publishedPrecision = 'MONTH' THEN s.publishedText + '-01'
                     WHEN s.publishedPrecision = 'YEAR' THEN s.publishedText + '-01-01'
                     WHEN s.publishedPrecision = 'SEASON' THEN left(s.publishedText, 4) + '-07-01'
                     WHEN s.publishedPrecision = 'RANGE' THEN left(s.publishedText, 10) END, '9999-12-31')
       + '|1|0|9999-12-31|1000000000|9999-12-31' AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
  RETURN s, sortKey
  ORDER BY sortKey, s.id
  LIMIT $limit
}
RETURN key, total, s.id AS id, s.kind AS kind, s.name AS name, s.title AS title, s.outlet AS outlet, s.language AS language,
       s.publishedText AS publishedText, s.citedOutlets AS citedOutlets, s.licence AS licence, s.author AS author,
       s.url AS url, s.details AS details, sortKey
