// Every fact id, as one list (one row: a list of strings reads far faster than a row per fact),
// to tell with import/fact-ids-keyed which facts lost their key (see import/fact-key-check).
MATCH (f:Fact)
RETURN collect(f.id) AS ids
