/**
 * Jest: unit, integration and e2e projects, all in TypeScript through ts-jest, TZ=UTC. The
 * `neo4j` project (tests that need a Neo4j server of their own or several service processes on
 * one) joins only in the Neo4j pass (`npm run test:neo4j`, which sets NEO4J_TEST_URIS).
 */
process.env.TZ = 'UTC';
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};
const neo4jPass = Boolean(process.env.NEO4J_TEST_URIS || process.env.NEO4J_URI);
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    ...(neo4jPass ? [{ ...common, displayName: 'neo4j', testMatch: ['<rootDir>/tests/neo4j/**/*.test.ts'] }] : []),
  ],
};
