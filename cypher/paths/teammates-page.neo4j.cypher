// One page of $person's teammates, computed and paged in the database: one row per teammate and
// team, each carrying `total`, the size of the whole list. Same list, order and cursor as the
// LadybugDB variant (teammates-page.ladybug.cypher, which says how the overlap is computed); here
// the folded name is the first part of `searchText` split on `|`, and the roles are filtered in
// the MATCH. Plan (imported graph): NodeUniqueIndexSeek, Expand(All) over the person's LINKs and
// their squads' LINKs, EagerAggregation, Top; the page's entities by NodeUniqueIndexSeek.
MATCH (a:Entity {id: $person})-[l:LINK]->(s:Squad)<-[m:LINK]-(b:Entity)
WHERE b.id <> $person AND ($team = '' OR s.teamId = $team) AND l.role = 'PLAYER' AND m.role = 'PLAYER'
WITH b, s.teamId AS teamId, l.factId AS own, m.factId AS theirs,
     CASE WHEN l.lo IS NULL THEN m.lo WHEN m.lo IS NULL OR l.lo > m.lo THEN l.lo ELSE m.lo END AS lo,
     CASE WHEN l.hi IS NULL THEN m.hi WHEN m.hi IS NULL OR l.hi < m.hi THEN l.hi ELSE m.hi END AS hi
WHERE lo IS NULL OR lo <= hi
WITH b, teamId, own, theirs, min(lo) AS pairFrom, max(hi) AS pairTo
WHERE CASE WHEN pairFrom IS NULL THEN NOT $windowed ELSE pairTo >= $lo AND pairFrom <= $hi END
WITH b, teamId, min(pairFrom) AS first, collect([own, theirs]) AS pairs
MATCH (t:Entity {id: teamId})
WITH collect({first: first, teamKey: coalesce(split(t.searchText, '|')[1], ''), teamName: t.name,
              nameKey: coalesce(split(b.searchText, '|')[1], ''), name: b.name, id: b.id, teamId: t.id, pairs: pairs}) AS groups,
     count(*) AS total
UNWIND groups AS g
WITH total, g, coalesce(g.first, '9999') + $sep + g.teamKey + $sep + g.teamName + $sep + g.nameKey + $sep + g.name AS sortKey, g.id + $sep + g.teamId AS key
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND key > $afterId)
WITH total, sortKey, key, g
ORDER BY sortKey, key
LIMIT $limit
MATCH (b:Entity {id: g.id})
WITH total, sortKey, key, g, b
MATCH (t:Entity {id: g.teamId})
RETURN total, sortKey, key, g.pairs AS pairs,
       {id: b.id, type: b.type, name: b.name, fullName: b.fullName, shortName: b.shortName, nameNl: b.nameNl, nameFr: b.nameFr,
        nameEn: b.nameEn, nicknames: b.nicknames, aliases: b.aliases, city: b.city, country: b.country, birthText: b.birthText,
        nationalities: b.nationalities, positions: b.positions, details: b.details} AS person,
       {id: t.id, type: t.type, name: t.name, fullName: t.fullName, shortName: t.shortName, nameNl: t.nameNl, nameFr: t.nameFr,
        nameEn: t.nameEn, nicknames: t.nicknames, aliases: t.aliases, city: t.city, country: t.country, birthText: t.birthText,
        nationalities: t.nationalities, positions: t.positions, details: t.details} AS team
ORDER BY sortKey, key
