// One page of $person's mentee tree to 5 levels, computed and paged in the database: the tree goes
// down, to the person's mentees (a MENTORSHIP where they are the mentor) and their assistants (a
// tenure where they are `under` and someone else the person), then theirs. The mirror of
// mentor-tree-5-page.ladybug.cypher (entering roles mentor and under, leaving roles mentee and
// person), which says how the walk, the order and the page are made.
MATCH (root:Entity {id: $person})-[e:LINK|ABOUT* TRAIL 2..10 (r, n | WHERE (label(r) = 'LINK' AND r.role IN ['mentor', 'under'])
      OR (label(r) = 'ABOUT' AND r.kind IN ['relation', 'tenure'] AND r.role IN ['mentee', 'person']))]->(x:Entity)
WITH x, length(e) AS len, properties(nodes(e), 'id') AS ids, properties(nodes(e), 'kind') AS kinds,
     properties(nodes(e), 'type') AS types, properties(nodes(e), 'status') AS statuses
WHERE size(list_filter(range(1, len - 1), i -> statuses[i] <> 'ACTIVE' OR (kinds[i] = 'relation' AND types[i] <> 'MENTORSHIP'))) = 0
WITH x, len / 2 AS depth, CASE WHEN len = 2 THEN $person ELSE ids[len - 2] END AS parent, ids[len - 1] AS fact
WITH x, min(depth) AS least, collect(DISTINCT {depth: depth, parent: parent, fact: fact}) AS found
WHERE x.id <> $person
WITH collect({id: x.id, name: x.name, nameKey: coalesce(regexp_extract(x.searchText, '^[|]([^|]*)[|]', 1), ''), depth: least, found: found}) AS entries,
     count(*) AS total
UNWIND entries AS en
WITH total, en, CAST(en.depth AS STRING) + $sep + en.nameKey + $sep + en.name AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND en.id > $afterId)
WITH total, sortKey, en
ORDER BY sortKey, en.id
LIMIT $limit
UNWIND en.found AS way
WITH total, sortKey, en.id AS id, en.depth AS depth, way
WHERE way.depth = depth
MATCH (p:Entity {id: way.parent})
WITH total, sortKey, id, depth, way, p
MATCH (f:Fact {id: way.fact})
WITH total, sortKey, id, depth,
     collect({parent: {id: p.id, type: p.type, name: p.name, fullName: p.fullName, shortName: p.shortName, nameNl: p.nameNl, nameFr: p.nameFr,
                       nameEn: p.nameEn, nicknames: p.nicknames, aliases: p.aliases, city: p.city, country: p.country, birthText: p.birthText,
                       nationalities: p.nationalities, positions: p.positions, details: p.details},
              fact: {id: f.id, kind: f.kind, type: f.type, startText: f.startText, endText: f.endText, details: f.details, confidence: f.confidence, refs: f.refs}}) AS ways
MATCH (x:Entity {id: id})
RETURN total, sortKey, x.id AS id, depth, ways,
       {id: x.id, type: x.type, name: x.name, fullName: x.fullName, shortName: x.shortName, nameNl: x.nameNl, nameFr: x.nameFr,
        nameEn: x.nameEn, nicknames: x.nicknames, aliases: x.aliases, city: x.city, country: x.country, birthText: x.birthText,
        nationalities: x.nationalities, positions: x.positions, details: x.details} AS person
ORDER BY sortKey, id
