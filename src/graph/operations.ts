// Every Cypher operation the application runs. Each needs cypher/<name>.cypher, or a variant
// cypher/<name>.<engine>.cypher for each engine; start-up checks all of them.
export const OPERATIONS = [
  'schema/migrate',
  'system/ping',
  'read/meta',
  'write/set-meta',
  'read/entities-by-ids',
  'read/facts-about',
  'read/facts-by-ids',
  'read/facts-citing',
  'read/citations-of-facts',
  'read/citations-of-entities',
  'read/sources-by-ids',
  'read/all-source-ids',
  'read/entities-citing',
  'test/clear-all',
  'write/upsert-sources',
  'write/upsert-entities',
  'write/upsert-facts',
  'write/link-about-entity',
  'write/link-about-fact',
  'write/cite-fact',
  'write/cite-entity',
  'derived/clear-links',
  'derived/clear-squads',
  'derived/membership-facts',
  'derived/connector-facts',
  'derived/upsert-squads',
  'derived/link-person-squad',
  'derived/link-person-fact',
] as const;

export type OperationName = (typeof OPERATIONS)[number];
