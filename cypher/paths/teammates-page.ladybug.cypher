// One page of $person's teammates, computed and paged in the database: one row per teammate and
// team, each carrying `total`, the size of the whole list. Teammates are the people who shared a
// squad with $person as players (squads hold only people at a team at the same time), optionally
// at one team ($team; '' for any). Two playing LINKs into one squad overlapped from the later of
// their first days to the earlier of their last days (an undated tournament squad takes the
// other's days); a pair of memberships covers its squads; with a window ($windowed, $lo, $hi) only
// pairs overlapping it count, undated ones none.
// Order (`sortKey`, then `key`): the first shared day ('9999' when undated), the team's name, the
// person's name, each as its folded form (the first name of `searchText`: lower case, accents
// removed, so `Ömer` sorts with `Omer`) then as written, joined by $sep (a character below any
// in them); then the person's and the team's ids. The page starts after the keyset cursor
// ($afterKey, $afterId: '' for the first page) and has at most $limit rows, each with the pairs of
// fact ids and both entities (looked up by key for the page only); the facts come from
// paths/teammate-facts, a second read of one row per item.
// One hop from a constant key (the old whole-list read's form); the roles are filtered after the
// WITH (a role filter in the MATCH makes LadybugDB scan every LINK). Aggregates are collected as
// they are: LadybugDB refuses to collect an expression over one ("nested aggregation"); and they
// are collected right after the team's lookup: carried past it into a later WITH instead, they
// came back paired with other groups' rows (0.19.1: 434 of Jermain Defoe's 453 groups got another
// group's first day). Each aggregation takes buffer pool (hash tables): with 6 of these running at
// once on the imported graph this query needs a 36 MB pool (the old whole-list read 32 MB), 44 MB
// with the facts looked up here too, which is why they are read apart.
MATCH (a:Entity {id: $person})-[l:LINK]->(s:Squad)<-[m:LINK]-(b:Entity)
WHERE b.id <> $person AND ($team = '' OR s.teamId = $team)
WITH b, s.teamId AS teamId, l.role AS ownRole, m.role AS theirRole, l.factId AS own, m.factId AS theirs,
     CASE WHEN l.lo IS NULL THEN m.lo WHEN m.lo IS NULL OR l.lo > m.lo THEN l.lo ELSE m.lo END AS lo,
     CASE WHEN l.hi IS NULL THEN m.hi WHEN m.hi IS NULL OR l.hi < m.hi THEN l.hi ELSE m.hi END AS hi
WHERE ownRole = 'PLAYER' AND theirRole = 'PLAYER' AND (lo IS NULL OR lo <= hi)
WITH b, teamId, own, theirs, min(lo) AS pairFrom, max(hi) AS pairTo
WHERE CASE WHEN pairFrom IS NULL THEN NOT $windowed ELSE pairTo >= $lo AND pairFrom <= $hi END
WITH b, teamId, min(pairFrom) AS first, collect([own, theirs]) AS pairs
MATCH (t:Entity {id: teamId})
WITH collect({first: first, teamKey: coalesce(regexp_extract(t.searchText, '^[|]([^|]*)[|]', 1), ''), teamName: t.name,
              nameKey: coalesce(regexp_extract(b.searchText, '^[|]([^|]*)[|]', 1), ''), name: b.name, id: b.id, teamId: t.id, pairs: pairs}) AS groups,
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
