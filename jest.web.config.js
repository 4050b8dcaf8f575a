/**
 * The browser tests of the web consoles (npm run test:web): Chromium from Debian's package,
 * driven by playwright-core against the embedded server. Kept out of `npm test`'s projects
 * because they need the built consoles and a browser.
 */
module.exports = {
  rootDir: __dirname,
  displayName: 'web',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // As jest.config.js: `@quickclaim/<lib>` and its subpaths (`@quickclaim/platform/eventsourcing`).
  moduleNameMapper: {
    '^@quickclaim/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@quickclaim/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testMatch: ['<rootDir>/apps/web/test/**/*.browser-spec.ts'],
  testTimeout: 150_000,
  reporters: ['default', '<rootDir>/scripts/ci/jest-results-reporter.js'],
};
