// Every entity of one type with its names and the kinds of sources it cites (curated entities
// cite articles or the editors; imported ones only datasets). The importers match against these.
MATCH (e:Entity)
WHERE e.type = $type
OPTIONAL MATCH (e)-[c:CITES]->(s:Source)
WITH e, collect({source: s.id, kind: s.kind, detail: c.detail, confidence: c.confidence}) AS citations
RETURN e.id AS id, e.name AS name, e.fullName AS fullName, e.shortName AS shortName, e.nameNl AS nameNl,
       e.nameFr AS nameFr, e.nameEn AS nameEn, e.aliases AS aliases, e.country AS country, e.birthText AS birthText,
       e.nationalities AS nationalities, e.positions AS positions, e.details AS details, citations
