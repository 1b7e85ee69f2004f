// Test only: makes a graph look as if made before facts carried a copy of their refs.
MATCH (f:Fact)
SET f.refs = NULL
