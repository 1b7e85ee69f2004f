// Every fact id, as one list (one row: a list of strings reads far faster than a row per fact),
// to tell with facts/ids-keyed which facts lost their key (see facts/key-check).
MATCH (f:Fact)
RETURN collect(f.id) AS ids
