/**
 * Layer rules checked in CI (`npm run lint:layers`): the domain is plain TypeScript, and apps use
 * libraries only through their public index.
 */
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
      from: { path: DOMAIN, pathNot: '\\.spec\\.ts$' },
      to: {
        path: '^(apps|libs)/',
        pathNot: ['^libs/$1/src/(domain/|.*/decide\\.ts$|.*\\.decider\\.ts$|.*\\.rules\\.ts$)', '^libs/kernel/src/'],
      },
    },
    {
      name: 'domain-specs-use-their-domain-and-the-testing-helpers',
      severity: 'error',
      from: { path: DOMAIN, pathNot: '^libs/[^/]+/src/.*(?<!\\.spec\\.ts)$' },
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
      comment: 'Apps import a library only through its index.ts (the @quickclaim/<lib> alias).',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: '^libs/[^/]+/src/index\\.ts$' },
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
