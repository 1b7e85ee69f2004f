// What the curated sources state about moves and spells, as one row of ids (the curated
// knowledge: hundreds at most, never the open data), for disagreements/pairs-page:
//   cited    every active transfer or spell an article or the editors cite;
//   curated  those of them no dataset cites (only these can disagree with a dataset);
//   people   the `person` of each curated one (from the fact's copy of its refs, cut out with
//            split_part: regexp_extract was not safe on several threads, timeline/facts-page).
// From the curated sources (a few nodes) over their CITES.
MATCH (s:Source)<-[:CITES]-(c:Fact)
WHERE s.kind <> 'DATASET' AND c.status = 'ACTIVE' AND c.kind IN ['transfer', 'spell']
WITH DISTINCT c
MATCH (c)-[:CITES]->(x:Source)
WITH c, sum(CASE WHEN x.kind = 'DATASET' THEN 1 ELSE 0 END) AS datasets
WITH collect(c.id) AS cited,
     collect(CASE WHEN datasets = 0 THEN c.id ELSE '' END) AS curated,
     collect(DISTINCT CASE WHEN datasets = 0 THEN split_part(split_part(c.refs, '["person","', 2), '"', 1) ELSE '' END) AS people
RETURN cited, curated, people
