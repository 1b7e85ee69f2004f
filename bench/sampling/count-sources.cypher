// List-bound sampling: how many sources the graph holds (Query.sources lists them all).
MATCH (s:Source)
RETURN count(*) AS n
