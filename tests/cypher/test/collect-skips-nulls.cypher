// collect() skips nulls (why grouped reads collect '' and -1 instead, src/graph/packed.ts unpackLists).
UNWIND [1, null, 3] AS x
RETURN collect(x) AS xs, collect(coalesce(x, -1)) AS kept
