// Removes what facts are about, before a correction writes their refs again.
UNWIND $ids AS key
MATCH (f:Fact {id: key})-[a:ABOUT]->()
DELETE a
