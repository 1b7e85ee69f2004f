// One page of the active facts citing each source in $ids, each row carrying the size of that
// source's whole list (`total`), in date order (by start, undated last, then by the end's last
// day, then id) after the keyset cursor ($afterKey, $afterId: '' for the first page), at most
// $limit facts; only the page's facts have their ABOUTs walked.
UNWIND $ids AS key
CALL {
  WITH key
  MATCH (f:Fact)-[:CITES]->(s:Source {id: key})
  WHERE f.status = 'ACTIVE'
  RETURN count(DISTINCT f) AS total
}
CALL {
  WITH key
  MATCH (f:Fact)-[:CITES]->(s:Source {id: key})
  WHERE f.status = 'ACTIVE'
  WITH DISTINCT f, coalesce(f.startLo, '9999-12-31') + '|' + coalesce(f.endHi, '9999-12-31') AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND f.id > $afterId)
  RETURN f, sortKey
  ORDER BY sortKey, f.id
  LIMIT $limit
}
RETURN key, total, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, sortKey, f.refs AS refs
