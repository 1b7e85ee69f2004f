// How $person's mentee tree reaches each of the people in $ids (a page of mentee-tree-N-page, none
// deeper than 4 levels): for each, one row with the facts the walk leaves to reach them at their
// depth, each with the person one level nearer who enters it (several ways when several people or
// facts link them). The facts ending in those people, and who enters them, are found from the people
// (an id list: a scan of the entities' ids, then their ABOUT and LINK edges, as facts/about does),
// and kept when the walk from $person reaches them first at the fewest hops: the walk gives only
// ends and lengths, and a hop from its ends would be a hash join over every ABOUT edge. The ways
// at the fewest hops are kept by a WHERE on unwound rows: a list_filter whose lambda reads the
// row's `least` kept the wrong ways on LadybugDB 0.19.1 (as if it read another row's).
MATCH (x:Entity)<-[a:ABOUT]-(g:Fact)<-[l:LINK]-(p:Entity)
WHERE x.id IN $ids AND a.kind IN ['relation', 'tenure'] AND a.role IN ['mentee', 'person'] AND l.role IN ['mentor', 'under']
WITH collect({x: x.id, g: g.id, p: p.id}) AS cands
MATCH (root:Entity {id: $person})-[e:LINK|ABOUT* TRAIL 1..7 (r, n | WHERE (label(r) = 'LINK' AND r.role IN ['mentor', 'under'])
      OR (label(r) = 'ABOUT' AND r.kind IN ['relation', 'tenure'] AND r.role IN ['mentee', 'person']))]->(f:Fact)
WITH cands, f.id AS fid, length(e) AS len
WHERE list_contains(list_transform(cands, c -> c.g), fid)
UNWIND cands AS c
WITH c, fid, len
WHERE c.g = fid
WITH c.x AS xid, c.p AS pid, fid, len
WITH xid, min(len) AS least, collect(DISTINCT {len: len, fid: fid, pid: pid}) AS found
UNWIND found AS w
WITH xid, least, w
WHERE w.len = least
MATCH (g:Fact {id: w.fid})
WITH xid, w, g
MATCH (p:Entity {id: w.pid})
RETURN xid AS id, collect({fact: {id: g.id, kind: g.kind, type: g.type, startText: g.startText, endText: g.endText, details: g.details, confidence: g.confidence, refs: g.refs},
                           parent: {id: p.id, type: p.type, name: p.name, fullName: p.fullName, shortName: p.shortName, nameNl: p.nameNl, nameFr: p.nameFr,
        nameEn: p.nameEn, nicknames: p.nicknames, aliases: p.aliases, city: p.city, country: p.country, birthText: p.birthText,
        nationalities: p.nationalities, positions: p.positions, details: p.details}}) AS ways
