// Restore: creates Source nodes from a backup, into an empty database (src/services/backup/backup.ts).
// Columnar parameters, as every bulk write's (src/graph/packed.ts toColumns): one list per property, all
// of the same length, led by a typed placeholder that is skipped (so that a column null in every row
// of a batch still has a type); lists are 0-based on Neo4j (1-based on the embedded engine). Every `$list[i]` is read in the
// WITH right after the UNWIND.
UNWIND range(1, size($id) - 1) AS i
WITH $id[i] AS id, $kind[i] AS `kind`, $name[i] AS `name`, $title[i] AS title, $outlet[i] AS outlet,
     $language[i] AS language, $publishedText[i] AS publishedText,
     $publishedPrecision[i] AS publishedPrecision, $citedOutlets[i] AS citedOutlets,
     $licence[i] AS licence, $author[i] AS author, $url[i] AS url, $details[i] AS details,
     $updatedAt[i] AS updatedAt
CREATE (s:Source {id: id, kind: `kind`, name: `name`, title: title, outlet: outlet, language: language, publishedText: publishedText, publishedPrecision: publishedPrecision, citedOutlets: citedOutlets, licence: licence, author: author, url: url, details: details, updatedAt: updatedAt})
