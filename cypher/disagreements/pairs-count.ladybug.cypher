// How many disagreements cypher/disagreements/pairs-page.ladybug.cypher lists across all its
// pages (one row, `total`), from the same lists (read its header).
MATCH (c:Fact)-[ac:ABOUT]->(p:Entity)<-[ad:ABOUT]-(d:Fact)
WHERE p.id IN $people AND c.id IN $curated AND NOT d.id IN $cited AND ac.role = 'person' AND ad.role = 'person'
  AND ad.kind = ac.kind AND d.status = 'ACTIVE'
WITH p, c, d,
     split_part(split_part(c.refs, '["from","', 2), '"', 1) AS cFrom, split_part(split_part(c.refs, '["to","', 2), '"', 1) AS cTo,
     split_part(split_part(d.refs, '["from","', 2), '"', 1) AS dFrom, split_part(split_part(d.refs, '["to","', 2), '"', 1) AS dTo,
     split_part(split_part(c.refs, '["team","', 2), '"', 1) AS cTeam, split_part(split_part(d.refs, '["team","', 2), '"', 1) AS dTeam,
     CAST(left(d.startText, 4) AS INT64) AS season,
     d.details CONTAINS '"window":"summer"' AS summer, d.details CONTAINS '"window":"winter"' AS winter,
     CASE WHEN c.startPrecision = 'DAY' THEN left(c.startText, 10)
          WHEN c.startPrecision = 'MONTH' THEN concat(c.startText, '-31')
          WHEN c.startPrecision = 'YEAR' THEN concat(c.startText, '-12-31')
          WHEN c.startPrecision = 'SEASON' THEN concat(CAST(CAST(left(c.startText, 4) AS INT64) + 1 AS STRING), '-06-30')
          WHEN c.startPrecision = 'RANGE' THEN right(c.startText, 10) END AS cStartHi,
     CASE WHEN d.startPrecision = 'DAY' THEN left(d.startText, 10)
          WHEN d.startPrecision = 'MONTH' THEN concat(d.startText, '-31')
          WHEN d.startPrecision = 'YEAR' THEN concat(d.startText, '-12-31')
          WHEN d.startPrecision = 'SEASON' THEN concat(CAST(CAST(left(d.startText, 4) AS INT64) + 1 AS STRING), '-06-30')
          WHEN d.startPrecision = 'RANGE' THEN right(d.startText, 10) END AS dStartHi,
     CASE WHEN left(split_part(split_part(split_part(c.details, '"fee":', 2), ',', 1), '}', 1), 1) IN ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] THEN split_part(split_part(split_part(c.details, '"fee":', 2), ',', 1), '}', 1) ELSE '' END AS cFee, CASE WHEN left(split_part(split_part(split_part(d.details, '"fee":', 2), ',', 1), '}', 1), 1) IN ['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] THEN split_part(split_part(split_part(d.details, '"fee":', 2), ',', 1), '}', 1) ELSE '' END AS dFee,
     CASE WHEN c.startPrecision = 'YEAR' THEN CAST(left(c.startText, 4) AS INT64)
          ELSE CAST(left(c.startLo, 4) AS INT64) - CASE WHEN substring(c.startLo, 6, 2) >= '07' THEN 0 ELSE 1 END END AS cFirst,
     CASE WHEN d.startPrecision = 'YEAR' THEN CAST(left(d.startText, 4) AS INT64)
          ELSE CAST(left(d.startLo, 4) AS INT64) - CASE WHEN substring(d.startLo, 6, 2) >= '07' THEN 0 ELSE 1 END END AS dFirst,
     CASE WHEN c.endPrecision = 'YEAR' THEN CAST(left(c.endText, 4) AS INT64) - 1
          ELSE CAST(left(c.endHi, 4) AS INT64) - CASE WHEN substring(c.endHi, 6, 2) >= '07' THEN 0 ELSE 1 END END AS cEnd,
     CASE WHEN d.endPrecision = 'YEAR' THEN CAST(left(d.endText, 4) AS INT64) - 1
          ELSE CAST(left(d.endHi, 4) AS INT64) - CASE WHEN substring(d.endHi, 6, 2) >= '07' THEN 0 ELSE 1 END END AS dEnd
WITH p, c, d, cFirst, dFirst,
     CASE WHEN c.kind <> 'transfer' OR cFrom = '' OR cTo = '' OR cFrom <> dFrom OR cTo <> dTo THEN NULL
          WHEN c.startLo IS NOT NULL AND d.startLo IS NOT NULL
               AND NOT (c.startLo <= CASE WHEN summer THEN concat(CAST(season AS STRING), '-09-30') WHEN winter THEN concat(CAST(season + 1 AS STRING), '-02-28') ELSE left(dStartHi, 10) END
                        AND CASE WHEN summer THEN concat(CAST(season AS STRING), '-05-15') WHEN winter THEN concat(CAST(season + 1 AS STRING), '-01-01') ELSE left(d.startLo, 10) END <= cStartHi) THEN 'DATE'
          WHEN cFee <> '' AND dFee <> '' AND cFee <> dFee THEN 'FEE' END AS moveClash,
     CASE WHEN cEnd IS NULL OR cEnd < cFirst THEN cFirst WHEN cEnd > cFirst + 59 THEN cFirst + 59 ELSE cEnd END AS cLast,
     CASE WHEN dEnd IS NULL OR dEnd < dFirst THEN dFirst WHEN dEnd > dFirst + 59 THEN dFirst + 59 ELSE dEnd END AS dLast,
     cTeam = dTeam AND (c.type IS NULL OR c.type <> 'YOUTH') AND c.startText IS NOT NULL AND d.startText IS NOT NULL AS spellsComparable
WITH p, c, d,
     CASE WHEN c.kind = 'transfer' THEN moveClash
          WHEN spellsComparable AND cFirst <= dLast AND dFirst <= cLast AND NOT (cFirst = dFirst AND cLast = dLast) THEN 'DATE' END AS aspect
WHERE aspect IS NOT NULL
RETURN count(*) AS total
