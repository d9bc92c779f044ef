// Three jest projects, chosen by what a suite touches:
//   unit         pure modules, client logic, validation, query building, the generator: no Neo4j,
//                no JDK (`npx jest --selectProjects unit` runs in seconds on a machine without Java)
//   integration  the real Neo4j the global setup starts (or the NEO4J_URI given), or a Neo4j the
//                suite launches itself
//   e2e          the explorer in headless Chromium against the real server and Neo4j
// `npm test` runs all three. Suites run one at a time because the Neo4j suites share one database
// and the ones that change it restore it before they finish.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
};

/** Suites that need the database or a JVM; everything else under test/ is a unit suite. */
const NEO4J_SUITES = [
  '<rootDir>/test/api/bad-input.test.ts',
  '<rootDir>/test/api/conditional-get.test.ts',
  '<rootDir>/test/api/console-isolation.test.ts',
  '<rootDir>/test/api/cypher.test.ts',
  '<rootDir>/test/api/entity-resolution.test.ts',
  '<rootDir>/test/api/fuzz.test.ts',
  '<rootDir>/test/api/intake.test.ts',
  '<rootDir>/test/api/read-endpoints.test.ts',
  '<rootDir>/test/api/resilience.test.ts',
  '<rootDir>/test/api/shutdown.test.ts',
  '<rootDir>/test/api/topics.test.ts',
  '<rootDir>/test/api/view-endpoints.test.ts',
  '<rootDir>/test/api/warm-up.test.ts',
  '<rootDir>/test/foundation/health.test.ts',
  '<rootDir>/test/ingest/ingest.test.ts',
  '<rootDir>/test/ingest/ingest-lock.test.ts',
  '<rootDir>/test/ingest/initial-load.test.ts',
  '<rootDir>/test/ingest/seed-facts.test.ts',
  '<rootDir>/test/intake/incremental.test.ts',
  '<rootDir>/test/neo4j/**/*.test.ts',
];
const E2E_SUITES = ['<rootDir>/test/e2e/**/*.test.ts'];
const neo4jSetup = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 1,
  // A timeout only catches a hang (jest has one for all projects): suites that boot JVMs or
  // reload the graph take minutes on a busy machine, and no test asserts on speed (benchmarks
  // do, see docs/benchmarks.md).
  testTimeout: 300_000,
  verbose: true,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...[...NEO4J_SUITES, ...E2E_SUITES].map(toRegex)],
    },
    { ...shared, ...neo4jSetup, displayName: 'integration', testMatch: NEO4J_SUITES },
    { ...shared, ...neo4jSetup, displayName: 'e2e', testMatch: E2E_SUITES },
  ],
};

/** A `<rootDir>/…` glob as a path regex, for testPathIgnorePatterns. */
function toRegex(glob) {
  return glob
    .replace('<rootDir>', '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/\*/g, '.*')
    .replace(/\*/g, '[^/]*');
}
