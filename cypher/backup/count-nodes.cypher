// How many nodes the graph holds (restore refuses a non-empty database; tests compare counts).
MATCH (n)
RETURN count(n) AS total
