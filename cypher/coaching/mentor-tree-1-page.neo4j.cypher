// One page of $person's mentor tree to 1 level, computed and paged in the database: the same tree,
// order, cursor and rows as mentor-tree-1-page.ladybug.cypher (see there). Each hop of the quantified
// path enters a fact by the person's LINK in a role of ['mentee', 'person'] and leaves it by
// the fact's ABOUT in a role of ['mentor', 'under'], the fact's status and type checked as it
// is walked. PROFILE (imported graph with a 3,000-person coaching network, the 2,725 people under
// its biggest mentor, 5 levels): NodeUniqueIndexSeek, Repeat(Trail) of Expand(All) with the
// filters inside (4,515 paths, ~150k db hits), EagerAggregation, Top 51; then two
// NodeUniqueIndexSeeks per way of the page (planned as a 1 × 1 CartesianProduct). The hop bound
// cannot be a parameter: one file per depth (that mentor's first level: 8 ms bounded at one hop,
// 43 ms walked five deep and cut).
MATCH (root:Entity {id: $person})
MATCH (root) ((p:Entity)-[l:LINK]->(f:Fact)-[a:ABOUT]->(c:Entity)
        WHERE l.role IN ['mentee', 'person'] AND a.role IN ['mentor', 'under'] AND a.kind IN ['relation', 'tenure']
          AND f.status = 'ACTIVE' AND (f.kind = 'tenure' OR f.type = 'MENTORSHIP')){1,1} (x:Entity)
WITH x, size(f) AS depth, CASE WHEN size(f) = 1 THEN $person ELSE p[-1].id END AS parent, f[-1].id AS fact
WITH x, min(depth) AS least, collect(DISTINCT {depth: depth, parent: parent, fact: fact}) AS found
WHERE x.id <> $person
WITH collect({id: x.id, name: x.name, nameKey: coalesce(split(x.searchText, '|')[1], ''), depth: least, found: [w IN found WHERE w.depth = least]}) AS entries,
     count(*) AS total
UNWIND entries AS en
WITH total, en, toString(en.depth) + $sep + en.nameKey + $sep + en.name AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND en.id > $afterId)
WITH total, sortKey, en
ORDER BY sortKey, en.id
LIMIT $limit
UNWIND en.found AS way
MATCH (p:Entity {id: way.parent})
MATCH (f:Fact {id: way.fact})
WITH total, sortKey, en,
     collect({parent: {id: p.id, type: p.type, name: p.name, fullName: p.fullName, shortName: p.shortName, nameNl: p.nameNl, nameFr: p.nameFr,
                       nameEn: p.nameEn, nicknames: p.nicknames, aliases: p.aliases, city: p.city, country: p.country, birthText: p.birthText,
                       nationalities: p.nationalities, positions: p.positions, details: p.details},
              fact: {id: f.id, kind: f.kind, type: f.type, startText: f.startText, endText: f.endText, details: f.details, confidence: f.confidence, refs: f.refs}}) AS ways
MATCH (x:Entity {id: en.id})
RETURN total, sortKey, x.id AS id, en.depth AS depth, ways,
       {id: x.id, type: x.type, name: x.name, fullName: x.fullName, shortName: x.shortName, nameNl: x.nameNl, nameFr: x.nameFr,
        nameEn: x.nameEn, nicknames: x.nicknames, aliases: x.aliases, city: x.city, country: x.country, birthText: x.birthText,
        nationalities: x.nationalities, positions: x.positions, details: x.details} AS person
ORDER BY sortKey, id
