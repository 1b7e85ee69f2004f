// Sources by id, for DataLoader: a primary-key lookup per id (see entities-by-ids).
UNWIND $ids AS key
MATCH (s:Source {id: key})
RETURN key, s.id AS id, s.kind AS kind, s.name AS name, s.title AS title, s.outlet AS outlet, s.language AS language,
       s.publishedText AS publishedText, s.citedOutlets AS citedOutlets, s.licence AS licence, s.author AS author,
       s.url AS url, s.details AS details
