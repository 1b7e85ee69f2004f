// Test only: makes a graph look as if made before ABOUTs carried their fact's kind.
MATCH (:Fact)-[a:ABOUT]->()
SET a.kind = NULL
