// Deletes one team's squads in the given seasons (or tournaments), with their LINKs, before the
// squads an edit changed are created again in the same transaction.
MATCH (:Entity {id: $team})<-[:SQUAD_OF]-(s:Squad)
WHERE s.season IN $seasons
DETACH DELETE s
