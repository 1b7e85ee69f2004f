// One page of $person's mentee tree to 2 levels: the same tree, order, cursor and rows as
// mentee-tree-2-page.ladybug.cypher (see there). Each hop of the quantified path enters a fact by the
// person's LINK in a role of ['mentor', 'under'] and leaves it by the fact's ABOUT in a role of
// ['mentee', 'person']. PROFILE (imported graph with a 3,000-person coaching network, 2,725 people
// under its biggest mentor, five levels deep): NodeUniqueIndexSeek, Repeat(Trail) of Expand(All) with the
// filters inside, EagerAggregation, Top; the page's people by NodeUniqueIndexSeek.
MATCH (root:Entity {id: $person})
MATCH (root) ((p:Entity)-[l:LINK]->(f:Fact)-[a:ABOUT]->(c:Entity)
        WHERE l.role IN ['mentor', 'under'] AND a.role IN ['mentee', 'person'] AND a.kind IN ['relation', 'tenure']){1,2} (x:Entity)
WITH x, min(size(f)) AS depth
WHERE x.id <> $person
WITH collect({id: x.id, name: x.name, nameKey: coalesce(split(x.searchText, '|')[1], ''), depth: depth}) AS entries, count(*) AS total
UNWIND entries AS en
WITH total, en, toString(en.depth) + $sep + en.nameKey + $sep + en.name AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND en.id > $afterId)
WITH total, sortKey, en
ORDER BY sortKey, en.id
LIMIT $limit
MATCH (x:Entity {id: en.id})
RETURN total, sortKey, x.id AS id, en.depth AS depth,
       {id: x.id, type: x.type, name: x.name, fullName: x.fullName, shortName: x.shortName, nameNl: x.nameNl, nameFr: x.nameFr,
        nameEn: x.nameEn, nicknames: x.nicknames, aliases: x.aliases, city: x.city, country: x.country, birthText: x.birthText,
        nationalities: x.nationalities, positions: x.positions, details: x.details} AS person
ORDER BY sortKey, id
