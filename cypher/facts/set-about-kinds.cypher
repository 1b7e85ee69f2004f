// Copies facts' kinds onto their ABOUTs (ABOUT.kind), on graphs made before the copy was kept
// (src/graph/fact-refs.ts).
UNWIND $ids AS key
MATCH (f:Fact {id: key})-[a:ABOUT]->()
SET a.kind = f.kind
