// One page of the disagreements between the curated sources and the open datasets: pairs of a
// curated fact ($curated: cited by an article or the editors, by no dataset) and a dataset fact
// (not in $cited: cited by no curated source) of the same kind about the same person (role
// `person`, one of $people) that src/services/disagreements.ts `compare` finds apart, compared as
// it compares them (disagreements/curated gives the three lists):
//   transfer  same `from` and same `to` (both given); DATE when both are dated and the curated
//             start does not overlap the dataset's (its transfer window when it names one: summer
//             = May 15 – Sep 30 of the season's first year, winter = Jan 1 – Feb 28 of the next);
//             else FEE when both give a fee and the fees differ (as JSON text: one number, one text);
//   spell     same team, the curated one not YOUTH, both with a start; DATE when the seasons they
//             cover (membershipSeasons: first season to last, at most 60) overlap but differ.
// A partial date's last day compares as text, a month's as `YYYY-MM-31`: every real day of the
// month sorts before it, every day of the next after it. Order (`sortKey`, then the dataset fact's
// id): person, then the curated fact's date order (start, `order` detail offset by 10^9, end, id),
// then the dataset fact's; ids hold no space. At most $limit rows after the keyset cursor
// ($afterKey, $afterId); each row carries both facts (columns c…, d…).
// One MATCH pattern from the people's ids, a list parameter (the engine starts from them and
// extends), and the facts' sources known from the id lists: on the imported graph (300k facts)
// this pattern took ~5 s started from the curated sources, ~250 ms from a list built in the query,
// ~50 ms from $people with the sources' CITES joined after it, ~15 ms as it is.
// The refs and details are JSON text: roles, the fee and `order` are cut out with split_part.
// LadybugDB 0.19.1 (read timeline/facts-page): no regexp_extract (it returned other rows' matches
// on several threads), every CASE branch is evaluated (no CAST of a text that is not a number,
// even in a branch not taken), and CASE and coalesce results are computed (left(x, 10), concat).
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
WITH p, c, d, aspect, concat(p.id, ' ', concat(coalesce(left(c.startLo, 10), '9999-12-31'), '|', lpad(CAST((CAST(concat('0', replace(split_part(split_part(split_part(c.details, '"order":', 2), ',', 1), '}', 1), '-', '')) AS INT64) * CASE WHEN left(split_part(split_part(split_part(c.details, '"order":', 2), ',', 1), '}', 1), 1) = '-' THEN -1 ELSE 1 END) + 1000000000 AS STRING), 10, '0'), '|', coalesce(left(c.endHi, 10), '9999-12-31')), ' ', c.id, ' ', concat(coalesce(left(d.startLo, 10), '9999-12-31'), '|', lpad(CAST((CAST(concat('0', replace(split_part(split_part(split_part(d.details, '"order":', 2), ',', 1), '}', 1), '-', '')) AS INT64) * CASE WHEN left(split_part(split_part(split_part(d.details, '"order":', 2), ',', 1), '}', 1), 1) = '-' THEN -1 ELSE 1 END) + 1000000000 AS STRING), 10, '0'), '|', coalesce(left(d.endHi, 10), '9999-12-31'))) AS sortKey
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND d.id > $afterId)
RETURN aspect, p.id AS person, sortKey, d.id AS id,
       c.id AS cId, c.kind AS cKind, c.type AS cType, c.startText AS cStartText, c.endText AS cEndText, c.details AS cDetails, c.confidence AS cConfidence, c.refs AS cRefs,
       d.id AS dId, d.kind AS dKind, d.type AS dType, d.startText AS dStartText, d.endText AS dEndText, d.details AS dDetails, d.confidence AS dConfidence, d.refs AS dRefs
ORDER BY sortKey, id
LIMIT $limit
