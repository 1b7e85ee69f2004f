MATCH (:Entity)-[l:LINK]->()
DELETE l
