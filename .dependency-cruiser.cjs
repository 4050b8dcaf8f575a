/**
 * Layer rules checked in CI (`npm run lint:layers`): the domain is plain TypeScript, apps use
 * libraries only through their public entry files, and read models load no driver.
 */
const { compilerOptions } = require('./tsconfig.json');

/** The packages that talk to a database, a broker or native image code. */
const DRIVER_PACKAGES = '(^|/)node_modules/(mongoose|mongodb|@eventstore|@kurrent|kafkajs|sharp|better-sqlite3)(/|$)';
/** The platform's adapters, one subpath per kind of driver, and `stores`, which loads the chosen ones (ADR 26). */
const DRIVER_SUBPATHS = '^libs/platform/src/(memory|sqlite|files|esdb|mongo|kafka|sms|stores)/';
const TEST_FILES = '\\.(spec|int-spec|e2e-spec|contract|fixtures)\\.ts$';
/**
 * What the @quickclaim/* aliases point at (tsconfig.json's paths): each library's index.ts, its
 * subpaths' index.ts, and the files of a pattern subpath (`@quickclaim/platform/config/*`).
 */
const ENTRY_FILES = Object.values(compilerOptions.paths)
  .flat()
  .map((target) => {
    const pattern = target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+');
    return target.includes('*') ? `^${pattern}\\.ts$` : `^${pattern}/index\\.ts$`;
  })
  .join('|');
/**
 * Domain code: a context's domain/ folder, and the pure decisions of its use cases (`decide.ts`),
 * of its sub-processes (`*.decider.ts`) and the checks they share (`*.rules.ts`).
 */
const DOMAIN = '^libs/([^/]+)/src/(domain/|.*/decide\\.ts$|.*\\.decider\\.ts$|.*\\.rules\\.ts$)';
const INFRASTRUCTURE =
  '(^|/)node_modules/(@nestjs|mongoose|mongodb|@eventstore|@kurrent|kafkajs|sharp|better-sqlite3|express|jose|prom-client|multer)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      comment: 'Domain code must not import frameworks, drivers or infrastructure.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: INFRASTRUCTURE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-imports-nothing-outside-its-context',
      comment:
        'A domain depends only on itself and the kernel (@quickclaim/kernel: Refused, Exclusive): no platform, ' +
        'other context, application, projection, route or app code.',
      severity: 'error',
      from: { path: DOMAIN, pathNot: '\\.(spec|fixtures)\\.ts$' },
      to: {
        path: '^(apps|libs)/',
        pathNot: ['^libs/$1/src/(domain/|.*/decide\\.ts$|.*\\.decider\\.ts$|.*\\.rules\\.ts$)', '^libs/kernel/src/'],
      },
    },
    {
      name: 'domain-specs-use-their-domain-and-the-testing-helpers',
      severity: 'error',
      from: { path: DOMAIN, pathNot: '^libs/[^/]+/src/.*(?<!\\.spec\\.ts)(?<!\\.fixtures\\.ts)$' },
      to: {
        path: '^(apps|libs)/',
        pathNot: ['^libs/$1/src/', '^libs/kernel/src/', '^libs/testing/src/'],
      },
    },
    {
      name: 'kernel-is-plain-typescript',
      comment: 'The shared kernel is imported by every domain: it imports nothing but itself.',
      severity: 'error',
      from: { path: '^libs/kernel/' },
      to: { path: '^(apps|libs/(?!kernel/))|(^|/)node_modules/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-no-node-io',
      comment: 'The domain gets time and ids from its commands, never from the machine.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|crypto|child_process|net|http|https|os)$' },
    },
    {
      name: 'projections-are-pure',
      comment: 'A projection is a pure evolve(document, event): no framework, driver or I/O of its own.',
      severity: 'error',
      from: { path: '\\.projection\\.ts$' },
      to: { path: INFRASTRUCTURE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'libraries-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-deep-imports-into-libraries',
      comment:
        'Apps import a library only through its entry files: the @quickclaim/<lib> alias and the subpaths tsconfig.json declares (@quickclaim/platform/sqlite).',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: ENTRY_FILES },
    },
    {
      name: 'projections-load-no-driver',
      comment:
        'A read model is pure evolve(document, event): it imports no driver package and no adapter subpath of the platform (@quickclaim/platform/{memory,sqlite,files,esdb,mongo,kafka,sms,stores}); its tests may.',
      severity: 'error',
      from: {
        path: '(^libs/[^/]+/src/(projections|read-models)/|\\.projection\\.ts$|^libs/read-side/)',
        pathNot: TEST_FILES,
      },
      to: { path: `${DRIVER_PACKAGES}|${DRIVER_SUBPATHS}` },
    },
    {
      name: 'platform-root-and-runtime-load-no-driver',
      comment:
        'Nothing reachable from @quickclaim/platform or @quickclaim/platform/eventsourcing loads a driver, an adapter subpath, or the process-level ops code.',
      severity: 'error',
      from: { path: '^libs/platform/src/(index\\.ts$|eventsourcing/index\\.ts$)' },
      to: { path: `${DRIVER_PACKAGES}|${DRIVER_SUBPATHS}|^libs/platform/src/(ops|contracts)/`, reachable: true },
    },
    {
      name: 'platform-root-and-runtime-do-no-io',
      comment: 'The ports and the runtime reach files, sockets and processes only through the ports.',
      severity: 'error',
      from: { path: '^libs/platform/src/(ports|eventsourcing)/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|net|http|https|os|dgram|cluster|worker_threads)$' },
    },
    {
      name: 'platform-adapters-stand-alone',
      comment: 'Each adapter subpath builds on the ports and the runtime only, never on another adapter (tests may use any).',
      severity: 'error',
      from: { path: '^libs/platform/src/(memory|sqlite|files|esdb|mongo|kafka|sms|ops)/', pathNot: TEST_FILES },
      to: { path: '^libs/platform/src/(memory|sqlite|files|esdb|mongo|kafka|sms|ops|contracts)/', pathNot: '^libs/platform/src/$1/' },
    },
    {
      name: 'web-consoles-use-http-only',
      comment: 'apps/web runs in the browser: it imports no library and no other app, and talks to the API over HTTP.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^(libs/|apps/(?!web/))' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^dist/|^data/)' },
  },
};
