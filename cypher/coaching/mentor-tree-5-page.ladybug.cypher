// One page of $person's mentor tree to 5 levels (one file per depth: mentor-tree-1-page … -5-page), computed
// and paged in the database: each row is one person of the tree and carries `total`, the number of
// people in the whole tree. The tree goes up, to the person's mentors (a MENTORSHIP where they are
// the mentee) and the head coaches they assisted (a tenure where they are the person and someone
// is `under`), then theirs. A hop enters a fact by the person's derived LINK in the entering role
// and leaves it by the fact's ABOUT in the other role, so one directed walk over LINK|ABOUT follows
// the tree (an undirected walk over ABOUT would go down as well and need its roles read back);
// only active facts count, and relationships only as mentorships. A person's depth is the fewest
// hops from $person; `found` keeps every way to reach them at that depth (the person one level
// nearer, and the fact) for the caller to choose from. Order (`sortKey`, then id): depth, the
// folded name (the first name of `searchText`), the name as written, joined by $sep. The page
// starts after the keyset cursor ($afterKey, $afterId: '' for the first page), has at most $limit
// rows, and brings each person's entity and, for each way, the parent's entity and the fact.
// Measured (imported graph, PROFILE): the recursive extend starts from one key and reads only the
// LINK and ABOUT edges it follows (~10 ms for Defour's tree); reading the walk's node properties
// builds a hash table over part of the ABOUT edges and squads (~40 ms for Defour's tree; 129,657
// of 713k edges for the 2,725 people a 3,000-person coaching network puts under its biggest
// mentor). The hop bound can be neither a parameter nor used in the walk's predicate: one file
// per depth (that mentor's first level: 88 ms bounded at one level, 228 ms walked five deep and cut).
MATCH (root:Entity {id: $person})-[e:LINK|ABOUT* TRAIL 2..10 (r, n | WHERE (label(r) = 'LINK' AND r.role IN ['mentee', 'person'])
      OR (label(r) = 'ABOUT' AND r.kind IN ['relation', 'tenure'] AND r.role IN ['mentor', 'under']))]->(x:Entity)
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
