// How $person's mentor tree reaches each of the people in $ids (none deeper than 5 levels): the same rows
// as mentor-tree-5-ways.ladybug.cypher. Here the quantified paths to those people are kept at their
// fewest hops, and each path's last fact is a way in, entered by the path's last person but one.
MATCH (root:Entity {id: $person})
MATCH (root) ((p:Entity)-[l:LINK]->(f:Fact)-[a:ABOUT]->(c:Entity)
        WHERE l.role IN ['mentee', 'person'] AND a.role IN ['mentor', 'under'] AND a.kind IN ['relation', 'tenure']){1,5} (x:Entity)
WHERE x.id IN $ids
WITH x, size(f) AS hops, f[-1] AS fact, p[-1] AS parent
WITH x, min(hops) AS least, collect(DISTINCT {hops: hops, fact: fact, parent: parent}) AS found
UNWIND [w IN found WHERE w.hops = least] AS w
WITH x, w.fact AS g, w.parent AS p
RETURN x.id AS id, collect(DISTINCT {fact: {id: g.id, kind: g.kind, type: g.type, startText: g.startText, endText: g.endText, details: g.details, confidence: g.confidence, refs: g.refs},
                                    parent: {id: p.id, type: p.type, name: p.name, fullName: p.fullName, shortName: p.shortName, nameNl: p.nameNl, nameFr: p.nameFr,
        nameEn: p.nameEn, nicknames: p.nicknames, aliases: p.aliases, city: p.city, country: p.country, birthText: p.birthText,
        nationalities: p.nationalities, positions: p.positions, details: p.details}}) AS ways
