// Jest runs every suite in test/ against one real Neo4j, started by the global setup (or the
// NEO4J_URI given) and stopped by the teardown. Suites run one at a time because they share
// that database; the ones that change it restore it before they finish.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60000,
  verbose: true,
};
