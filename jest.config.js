/** Three projects so each kind of test can run alone: `jest --selectProjects unit`. */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`; jest only transpiles, file by file, for speed.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // wouter (the consoles' router) ships ES modules only: the route tests load it as CommonJS.
    '/node_modules/wouter/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!wouter/)'],
  // `@quickclaim/<lib>` and its subpaths (`@quickclaim/platform/sqlite`); tsconfig.json lists which exist.
  moduleNameMapper: {
    '^@quickclaim/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@quickclaim/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
};

module.exports = {
  // The second reporter leaves the counts for CI's closing line (scripts/ci/results.js).
  reporters: ['default', '<rootDir>/scripts/ci/jest-results-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/apps/**/*.e2e-spec.ts'] },
  ],
};
