// Every name, alias and nickname of every active entity, for the in-process search index.
MATCH (e:Entity)
WHERE e.status = 'ACTIVE'
RETURN e.id AS id, e.type AS type, e.name AS name, e.fullName AS fullName, e.shortName AS shortName,
       e.nameNl AS nameNl, e.nameFr AS nameFr, e.nameEn AS nameEn, e.nicknames AS nicknames, e.aliases AS aliases
