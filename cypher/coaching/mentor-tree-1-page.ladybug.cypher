// One page of $person's mentor tree to 1 level (one file per depth and direction: a walk's hop
// bound cannot be a parameter), computed and paged in the database: each row one person of the tree,
// carrying `total`, the number of people in the whole tree. The tree goes up, to the person's mentors (a MENTORSHIP where they are the mentee) and the head coaches they
// assisted (a tenure where they are the person and someone is `under`), then theirs.
// A hop enters a fact by the person's derived LINK in a role of ['mentee', 'person'] and leaves it by the
// fact's ABOUT in a role of ['mentor', 'under']: one directed walk over LINK|ABOUT follows the tree (an
// undirected one over ABOUT would go the other way too and need its roles read back). LINKs are
// derived from active facts (rebuilt after imports, kept by edits), so the walk meets only active
// facts. A person's depth is the fewest hops from $person. Order (`sortKey`, then id): depth, the
// folded name (the first name of `searchText`), the name as written, joined by $sep; the page starts
// after the keyset cursor ($afterKey, $afterId: '' for the first page) and has at most $limit rows,
// each with the person's entity. How the tree reaches each of them: mentor-tree-N-ways.
// The walk returns only its ends and lengths: reading a walk's nodes or edges builds a hash table
// over the ABOUT edges (~20 MB of buffer pool a query on the imported graph, ~40 ms); without them
// the recursive extend reads only the LINK and ABOUT edges it follows (~9 ms for Defour's tree).
MATCH (root:Entity {id: $person})-[e:LINK|ABOUT* TRAIL 2..2 (r, n | WHERE (label(r) = 'LINK' AND r.role IN ['mentee', 'person'])
      OR (label(r) = 'ABOUT' AND r.kind IN ['relation', 'tenure'] AND r.role IN ['mentor', 'under']))]->(x:Entity)
WITH x, min(length(e)) AS len
WHERE x.id <> $person
WITH collect({id: x.id, name: x.name, nameKey: coalesce(regexp_extract(x.searchText, '^[|]([^|]*)[|]', 1), ''), len: len}) AS entries,
     count(*) AS total
UNWIND entries AS en
WITH total, en, CAST(en.len / 2 AS STRING) + $sep + en.nameKey + $sep + en.name AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND en.id > $afterId)
WITH total, sortKey, en
ORDER BY sortKey, en.id
LIMIT $limit
MATCH (x:Entity {id: en.id})
RETURN total, sortKey, x.id AS id, en.len / 2 AS depth,
       {id: x.id, type: x.type, name: x.name, fullName: x.fullName, shortName: x.shortName, nameNl: x.nameNl, nameFr: x.nameFr,
        nameEn: x.nameEn, nicknames: x.nicknames, aliases: x.aliases, city: x.city, country: x.country, birthText: x.birthText,
        nationalities: x.nationalities, positions: x.positions, details: x.details} AS person
ORDER BY sortKey, id
