// Deletes the LINKs to one fact (its ends: people, the teams of a transfer), before an edit of
// the fact creates them again in the same transaction (or leaves them gone: a retraction).
MATCH (:Fact {id: $id})<-[l:LINK]-(:Entity)
DELETE l
