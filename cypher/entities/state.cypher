// Current names, identity fields and citations of entities an import is about to create or
// merge into, so that it writes only what is missing or changed.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
OPTIONAL MATCH (e)-[c:CITES]->(s:Source)
RETURN key, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName, e.nameNl AS nameNl,
       e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases,
       e.birthText AS birthText, e.city AS city, e.country AS country, e.nationalities AS nationalities, e.positions AS positions, e.details AS details,
       collect({source: s.id, detail: c.detail, confidence: c.confidence}) AS citations
