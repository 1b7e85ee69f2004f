// How many disagreements cypher/disagreements/pairs-page.neo4j.cypher lists across all its pages
// (one row, `total`), from the same lists.
MATCH (c:Fact)-[ac:ABOUT]->(p:Entity)<-[ad:ABOUT]-(d:Fact)
WHERE p.id IN $people AND c.id IN $curated AND NOT d.id IN $cited AND ac.role = 'person' AND ad.role = 'person'
  AND d.kind = c.kind AND d.status = 'ACTIVE'
WITH p, c, d,
     coalesce(split(split(c.refs, '["from","')[1], '"')[0], '') AS cFrom, coalesce(split(split(c.refs, '["to","')[1], '"')[0], '') AS cTo, coalesce(split(split(d.refs, '["from","')[1], '"')[0], '') AS dFrom, coalesce(split(split(d.refs, '["to","')[1], '"')[0], '') AS dTo,
     coalesce(split(split(c.refs, '["team","')[1], '"')[0], '') AS cTeam, coalesce(split(split(d.refs, '["team","')[1], '"')[0], '') AS dTeam,
     toInteger(left(d.startText, 4)) AS season,
     coalesce(d.details CONTAINS '"window":"summer"', false) AS summer, coalesce(d.details CONTAINS '"window":"winter"', false) AS winter,
     CASE WHEN c.startPrecision = 'DAY' THEN c.startText
          WHEN c.startPrecision = 'MONTH' THEN c.startText + '-31'
          WHEN c.startPrecision = 'YEAR' THEN c.startText + '-12-31'
          WHEN c.startPrecision = 'SEASON' THEN toString(toInteger(left(c.startText, 4)) + 1) + '-06-30'
          WHEN c.startPrecision = 'RANGE' THEN right(c.startText, 10) END AS cStartHi,
     CASE WHEN d.startPrecision = 'DAY' THEN d.startText
          WHEN d.startPrecision = 'MONTH' THEN d.startText + '-31'
          WHEN d.startPrecision = 'YEAR' THEN d.startText + '-12-31'
          WHEN d.startPrecision = 'SEASON' THEN toString(toInteger(left(d.startText, 4)) + 1) + '-06-30'
          WHEN d.startPrecision = 'RANGE' THEN right(d.startText, 10) END AS dStartHi,
     CASE WHEN left(split(split(split(c.details, '"fee":')[1], ',')[0], '}')[0], 1) IN ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] THEN split(split(split(c.details, '"fee":')[1], ',')[0], '}')[0] ELSE '' END AS cFee,
     CASE WHEN left(split(split(split(d.details, '"fee":')[1], ',')[0], '}')[0], 1) IN ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] THEN split(split(split(d.details, '"fee":')[1], ',')[0], '}')[0] ELSE '' END AS dFee,
     CASE WHEN c.startPrecision = 'YEAR' THEN toInteger(left(c.startText, 4))
          ELSE toInteger(left(c.startLo, 4)) - CASE WHEN substring(c.startLo, 5, 2) >= '07' THEN 0 ELSE 1 END END AS cFirst,
     CASE WHEN d.startPrecision = 'YEAR' THEN toInteger(left(d.startText, 4))
          ELSE toInteger(left(d.startLo, 4)) - CASE WHEN substring(d.startLo, 5, 2) >= '07' THEN 0 ELSE 1 END END AS dFirst,
     CASE WHEN c.endPrecision = 'YEAR' THEN toInteger(left(c.endText, 4)) - 1
          ELSE toInteger(left(c.endHi, 4)) - CASE WHEN substring(c.endHi, 5, 2) >= '07' THEN 0 ELSE 1 END END AS cEnd,
     CASE WHEN d.endPrecision = 'YEAR' THEN toInteger(left(d.endText, 4)) - 1
          ELSE toInteger(left(d.endHi, 4)) - CASE WHEN substring(d.endHi, 5, 2) >= '07' THEN 0 ELSE 1 END END AS dEnd
WITH p, c, d, cFirst, dFirst,
     CASE WHEN c.kind <> 'transfer' OR cFrom = '' OR cTo = '' OR cFrom <> dFrom OR cTo <> dTo THEN null
          WHEN c.startLo IS NOT NULL AND d.startLo IS NOT NULL
               AND NOT (c.startLo <= CASE WHEN summer THEN toString(season) + '-09-30' WHEN winter THEN toString(season + 1) + '-02-28' ELSE dStartHi END
                        AND CASE WHEN summer THEN toString(season) + '-05-15' WHEN winter THEN toString(season + 1) + '-01-01' ELSE d.startLo END <= cStartHi) THEN 'DATE'
          WHEN cFee <> '' AND dFee <> '' AND cFee <> dFee THEN 'FEE' END AS moveClash,
     CASE WHEN cEnd IS NULL OR cEnd < cFirst THEN cFirst WHEN cEnd > cFirst + 59 THEN cFirst + 59 ELSE cEnd END AS cLast,
     CASE WHEN dEnd IS NULL OR dEnd < dFirst THEN dFirst WHEN dEnd > dFirst + 59 THEN dFirst + 59 ELSE dEnd END AS dLast,
     cTeam = dTeam AND (c.type IS NULL OR c.type <> 'YOUTH') AND c.startText IS NOT NULL AND d.startText IS NOT NULL AS spellsComparable
WITH p, c, d,
     CASE WHEN c.kind = 'transfer' THEN moveClash
          WHEN spellsComparable AND cFirst <= dLast AND dFirst <= cLast AND NOT (cFirst = dFirst AND cLast = dLast) THEN 'DATE' END AS aspect
WHERE aspect IS NOT NULL
RETURN count(*) AS total
