// The family links of each person ($ids), one row per person: every relative (a `person:` entity
// other than the person, in any role but `team`) of each active FAMILY or MARRIAGE relationship
// about them, as "<relationship's date key> <relationship id> <role> <relative id>" (read the
// header of timeline/family-links.ladybug.cypher).
UNWIND $ids AS key
MATCH (p:Entity {id: key})<-[:ABOUT]-(r:Fact)-[b:ABOUT]->(rel:Entity)
WHERE r.kind = 'relation' AND r.status = 'ACTIVE' AND r.type IN ['FAMILY', 'MARRIAGE'] AND b.role <> 'team' AND rel.id <> key AND rel.id STARTS WITH 'person:'
RETURN key,
       collect(DISTINCT coalesce(r.startLo, '9999-12-31') + '|' +
                        right('0000000000' + toString(coalesce(toInteger(split(split(split(r.details, '"order":')[1], ',')[0], '}')[0]), 0) + 1000000000), 10) + '|' +
                        coalesce(r.endHi, '9999-12-31') + ' ' + r.id + ' ' + b.role + ' ' + rel.id) AS links
