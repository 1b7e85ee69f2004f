// Removes what facts are about (their ABOUTs and the ABOUT_SPARSE twins of a sparse kind's), before
// a correction writes their refs again.
UNWIND $ids AS key
MATCH (f:Fact {id: key})-[a:ABOUT|ABOUT_SPARSE]->()
DELETE a
