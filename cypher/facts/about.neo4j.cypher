// Active facts about entities, of the kinds in $kinds (['*'] for every kind), with every entity or
// fact they refer to (role → id), for DataLoader.
// When every kind asked is sparse (none of the list below: BULK_KINDS, src/domain/facts), the
// read follows the ABOUT_SPARSE twins instead of the ABOUTs: a club's head coaches then expand its
// tens of sparse edges, not its thousands of spells and matches (42,408 db hits for seven clubs →
// about 500). Only one branch of the union expands (the other's filter holds parameters only), and
// the branches exclude each other, so UNION ALL (no Distinct over a big club's thousands of rows).
// Only facts have ABOUT edges, so the branches do not check the label.
// `named` (sparse kinds only: a team's tens of tenures, not its thousands of spells): the other
// entities each fact is about, in the columns of entities/by-ids, so that a club's head coaches
// need no read of their own.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
WITH key, e, none(k IN $kinds WHERE k IN ['*', 'match', 'spell', 'squad', 'transfer']) AS sparse
CALL {
  WITH e, sparse
  WITH e WHERE sparse
  MATCH (e)<-[:ABOUT_SPARSE]-(f)
  RETURN f
  UNION ALL
  WITH e, sparse
  WITH e WHERE NOT sparse
  MATCH (e)<-[:ABOUT]-(f)
  RETURN f
}
WITH key, f, sparse
WHERE f.status = 'ACTIVE' AND ('*' IN $kinds OR f.kind IN $kinds)
WITH DISTINCT key, f, sparse
RETURN key, f.id AS id, f.kind AS kind, f.type AS type, f.startText AS startText, f.endText AS endText,
       f.details AS details, f.confidence AS confidence, f.refs AS refs,
       CASE WHEN sparse THEN [(f)-[:ABOUT]->(x:Entity) WHERE x.id <> key | x {.id, .type, .name, .fullName, .shortName, .nameNl, .nameFr, .nameEn, .nicknames, .aliases, .city, .country, .birthText, .nationalities, .positions, .details, .status}] ELSE [] END AS named
