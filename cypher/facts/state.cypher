// Current details and citations of facts an import is about to create or attach rows to.
UNWIND $ids AS key
MATCH (f:Fact {id: key})
OPTIONAL MATCH (f)-[c:CITES]->(s:Source)
RETURN key, f.kind AS kind, f.details AS details, f.status AS status,
       collect({source: s.id, detail: c.detail}) AS citations
