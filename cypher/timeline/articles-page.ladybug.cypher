// One page of the articles reporting on a person ($key; the engine runs one call per key, see
// PER_KEY_OPERATIONS), each row carrying the size of that whole list (`total`): every article
// (`article:` source) that backs the person or any active fact about them, at its publication
// date. Order (`sortKey`, then id) as in timeline/facts-page (read its header): an article has no
// end and sorts before the facts of its day. At most $limit rows after the keyset cursor
// ($afterKey, $afterId). Hops only from the constant key; the distinct ids are counted as a list,
// then their sources found by `IN` (a small table): after `UNWIND ids … MATCH (s:Source {id: …})`,
// LadybugDB 0.19.1 gave every row the first row's `publishedText` as a CASE or coalesce result
// (results here are computed all the same: left(x, 10)).
MATCH (p:Entity {id: $key})
OPTIONAL MATCH (p)-[:CITES]->(own:Source)
WHERE own.id STARTS WITH 'article:'
WITH p, collect(DISTINCT own.id) AS backing
OPTIONAL MATCH (p)<-[:ABOUT]-(f:Fact)-[:CITES]->(cited:Source)
WHERE f.status = 'ACTIVE' AND cited.id STARTS WITH 'article:'
WITH backing, collect(DISTINCT cited.id) AS citing
WITH list_distinct(list_concat(coalesce(backing, []), coalesce(citing, []))) AS ids
WITH ids, size(ids) AS total
MATCH (s:Source)
WHERE s.id IN ids
WITH total, s,
     concat(coalesce(CASE WHEN s.publishedPrecision = 'DAY' THEN left(s.publishedText, 10)
                          WHEN s.publishedPrecision = 'MONTH' THEN concat(s.publishedText, '-01')
                          WHEN s.publishedPrecision = 'YEAR' THEN concat(s.publishedText, '-01-01')
                          WHEN s.publishedPrecision = 'SEASON' THEN concat(left(s.publishedText, 4), '-07-01')
                          WHEN s.publishedPrecision = 'RANGE' THEN left(s.publishedText, 10) END, '9999-12-31'),
            '|1|0|9999-12-31|1000000000|9999-12-31') AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
RETURN $key AS key, total, s.id AS id, s.kind AS kind, s.name AS name, s.title AS title, s.outlet AS outlet, s.language AS language,
       s.publishedText AS publishedText, s.citedOutlets AS citedOutlets, s.licence AS licence, s.author AS author,
       s.url AS url, s.details AS details, sortKey
ORDER BY sortKey, id
LIMIT $limit
