UNWIND $rows AS r
WITH r, r.id AS id
MERGE (s:Source {id: id})
SET s.kind = r.kind, s.name = r.name, s.title = r.title, s.outlet = r.outlet, s.language = r.language,
    s.publishedText = r.publishedText, s.publishedPrecision = r.publishedPrecision, s.citedOutlets = r.citedOutlets,
    s.licence = r.licence, s.author = r.author, s.url = r.url, s.details = r.details, s.updatedAt = r.updatedAt
