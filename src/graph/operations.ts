// Every Cypher operation the application runs. Each needs cypher/<name>.cypher, or a variant
// cypher/<name>.<engine>.cypher for each engine; start-up checks all of them.
export const OPERATIONS = [
  'schema/migrate',
  'system/ping',
  'system/lock-acquire',
  'meta/read',
  'meta/set',
  'entities/by-ids',
  'facts/about',
  'facts/by-ids',
  'facts/without-refs',
  'facts/refs',
  'facts/citing',
  'facts/citations',
  'entities/citations',
  'sources/by-ids',
  'sources/all-ids',
  'sources/upsert',
  'entities/upsert',
  'facts/upsert',
  'facts/link-about-entity',
  'facts/link-about-fact',
  'facts/set-refs',
  'facts/set-about-kinds',
  'facts/cite',
  'entities/cite',
  'derived/clear-links',
  'derived/clear-squads',
  'derived/membership-facts',
  'derived/connector-facts',
  'derived/create-squads',
  'derived/create-squad-links',
  'derived/create-fact-links',
  'derived/team-membership-facts',
  'derived/delete-team-squads',
  'derived/delete-fact-links',
  'entities/citing',
  'paths/shortest-1',
  'paths/shortest-2',
  'paths/shortest-3',
  'paths/shortest-4',
  'paths/shortest-5',
  'paths/shortest-6',
  'paths/neighbours',
  'paths/teammates-page',
  'paths/teammate-facts',
  // coaching trees (src/repositories/coaching-repository.ts): a page and the ways into its people,
  // one file per direction and depth (a hop bound cannot be a parameter)
  'coaching/mentor-tree-1-page',
  'coaching/mentor-tree-2-page',
  'coaching/mentor-tree-3-page',
  'coaching/mentor-tree-4-page',
  'coaching/mentor-tree-5-page',
  'coaching/mentee-tree-1-page',
  'coaching/mentee-tree-2-page',
  'coaching/mentee-tree-3-page',
  'coaching/mentee-tree-4-page',
  'coaching/mentee-tree-5-page',
  'coaching/mentor-tree-1-ways',
  'coaching/mentor-tree-2-ways',
  'coaching/mentor-tree-3-ways',
  'coaching/mentor-tree-4-ways',
  'coaching/mentor-tree-5-ways',
  'coaching/mentee-tree-1-ways',
  'coaching/mentee-tree-2-ways',
  'coaching/mentee-tree-3-ways',
  'coaching/mentee-tree-4-ways',
  'coaching/mentee-tree-5-ways',
  'paths/link-index-squads',
  'paths/link-index-facts',
  'search/version',
  'search/entity-names',
  'search/article-names',
  // editing (src/services/editing)
  'facts/edit-state',
  'facts/unlink',
  'facts/uncite',
  'entities/uncite',
  'facts/set-status',
  'audit/record',
  'audit/page',
  'audit/count',
  'meta/clear-if',
  'audit/claim-idempotency-key',
  // backup (src/backup)
  'backup/sources',
  'backup/entities',
  'backup/facts',
  'backup/audit',
  'backup/meta',
  'backup/about-entity',
  'backup/about-fact',
  'backup/cites-fact',
  'backup/cites-entity',
  'backup/count-nodes',
  'backup/count-data-nodes',
  'backup/count-rels',
  'backup/delete-meta',
  'backup/count-records',
  'backup/restore-sources',
  'backup/restore-entities',
  'backup/restore-facts',
  'backup/restore-about-entity',
  'backup/restore-about-fact',
  'backup/restore-cites-fact',
  'backup/restore-cites-entity',
  'backup/restore-audit',
  'backup/restore-meta',
  // test only: a deliberately heavy read for the timeout test
  'entities/of-type',
  'facts/curated',
  'facts/curated-matches',
  // clubs (src/repositories/club-repository.ts): lists paged in the database
  'clubs/matches-page',
  'clubs/matches-count',
  'clubs/transfers-page',
  'clubs/transfers-count',
  'clubs/shared-players-page',
  'clubs/shared-players-count',
  'clubs/players-page',
  'clubs/players-count',
  // every other connection over stored facts (src/repositories): one page per key, with its count
  'facts/about-page',
  'facts/citing-page',
  'entities/citing-page',
  'entities/state',
  'facts/state',
  'facts/key-check',
  'facts/ids',
  'facts/ids-keyed',
  'facts/delete-unkeyed',
  'entities/create-batch',
  'entities/update-batch',
  'entities/cite-batch',
  'entities/recite-batch',
  'facts/create-batch',
  'facts/update-batch',
  'facts/about-batch',
  'facts/cite-batch',
  'system/checkpoint',
  'facts/of-dataset',
  'facts/curated-ids',
  'facts/supersede',
  'sources/dataset-has-facts',
  // a person's timeline (src/repositories/timeline-repository.ts): one page per source, merged
  'timeline/facts-page',
  'timeline/family-links',
  'timeline/family-page',
  'timeline/family-count',
  'timeline/articles-page',
  // disagreements between the curated sources and the datasets (src/repositories/disagreement-repository.ts)
  'disagreements/curated',
  'disagreements/pairs-page',
  'disagreements/pairs-count',
] as const;

export type OperationName = (typeof OPERATIONS)[number];

/**
 * Operations that scan, aggregate or delete whole tables (every fact, every LINK). On the embedded
 * engine each holds a large share of the buffer pool while it runs: on the imported graph, with
 * 3 editors and 6 readers, two at once (the rebuild's fact read and the link index's LINK read,
 * or a LINK read during the clear) failed with "Buffer manager exception: Unable to allocate
 * memory" at the default 256 MB pool. The embedded engine runs them one at a time.
 */
export const BULK_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'derived/membership-facts',
  'derived/connector-facts',
  'derived/clear-links',
  'derived/clear-squads',
  'paths/link-index-facts',
  'paths/link-index-squads',
]);

/**
 * Batched reads (`$ids`) that the embedded engine runs one key at a time (their LadybugDB variant
 * takes `$key` and returns it as `key`): LadybugDB 0.19.1 plans a hop after a batch of keys as a
 * hash join over whole tables. On the imported graph, the facts citing one article took ~500 ms
 * from `UNWIND $ids`, ~10 ms from one key. Neo4j runs the batch as one call.
 */
export const PER_KEY_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'facts/citing',
  'facts/about-page',
  'facts/citing-page',
  'entities/citing-page',
  'timeline/facts-page',
  'timeline/family-links',
  'timeline/family-page',
  'timeline/family-count',
  'timeline/articles-page',
]);

/**
 * Reads whose LadybugDB variant returns each row's fact by its id only (`id`, with the row's own
 * columns: key, total, sortKey); the embedded engine then reads those facts' columns by key
 * (facts/by-ids) and adds them to the rows. LadybugDB 0.19.1 reads a fact's columns after a hop by
 * scanning the Fact table behind a mask, so the cost grows with the table and with the columns
 * read (a person's spells page on the imported graph: 19.5 ms with every column, 8.8 ms with the
 * id and sort key, and 3.4 ms for the page's 8 facts by key; a big club's matches, 500 a page,
 * 282 ms → 167 + 10 ms); a key lookup reads only its rows.
 * A fact that stops being active between the two reads is left out. Neo4j returns the columns in
 * the one call. Not for facts/about (every fact about a batch of entities, not a page): a key lookup
 * costs by the key, and a club's tens of tenures by key cost more than their columns after the
 * hop (synthetic graphs, 130 tenures: 12 → 24 ms; the imported graph's 41: 17 → 9 ms).
 */
export const FACT_FIELD_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'facts/about-page',
  'facts/citing-page',
  'clubs/players-page',
  'clubs/transfers-page',
  'clubs/matches-page',
]);

/**
 * Meta key of the stamp every Neo4j write transaction renews (except the writes below, which
 * change no graph data): other processes' caches see it move (GraphEngine.sync).
 */
export const DATA_VERSION_KEY = 'cache:data-version';

/**
 * Meta key the Neo4j migration sets once every fact of a sparse kind has its ABOUT_SPARSE twins
 * (cypher/schema/migrate.neo4j.cypher): later start-ups skip the check. Schema state, so a backup
 * leaves it out (`schema:*`).
 */
export const SPARSE_TWINS_KEY = 'schema:about-sparse';

/** Writes that change no graph data (locks, markers): they leave the data stamp alone. */
export const UNSTAMPED_WRITES: ReadonlySet<OperationName> = new Set<OperationName>(['system/lock-acquire', 'meta/clear-if']);
