// Active facts that cite a dataset, with the citation details (which name the files and rows):
// after an import, those it no longer produces from the files it read are superseded.
MATCH (f:Fact)-[c:CITES]->(s:Source {id: $dataset})
WHERE f.status = 'ACTIVE'
RETURN f.id AS id, collect(c.detail) AS details
