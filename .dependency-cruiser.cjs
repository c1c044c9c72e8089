/**
 * Who may import whom (see README, "Architecture"). Checked by `npm run lint:deps` and by
 * test/architecture.spec.ts, which `npm test` runs.
 *
 * Contexts reach each other and the platform only through the `#<context>` / `#platform` imports
 * declared in package.json, which point at each library's index; the rules below forbid every
 * other way across a boundary.
 */
const CONTEXTS = '(identity|registry|evaluation|adjustment|integration|ledger|supply-demand)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make module initialisation order fragile (and forwardRef appear).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-imports-no-context',
      severity: 'error',
      comment: 'libs/platform is what contexts stand on; it must not know any of them, nor the apps.',
      from: { path: '^libs/platform/' },
      to: { path: [`^(dist/)?libs/${CONTEXTS}/`, '^(dist/)?apps/'] },
    },
    {
      name: 'libs-import-no-app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(dist/)?apps/' },
    },
    {
      name: 'no-deep-import-across-libraries',
      severity: 'error',
      comment: 'Cross a library boundary only through its #alias (its index.ts), never by a relative path.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/' },
    },
    {
      name: 'apps-use-library-aliases',
      severity: 'error',
      comment: 'Apps, scripts and seeds import libraries through #platform / #<context> only.',
      from: { path: '^(apps|scripts|seeds)/' },
      to: { path: '^libs/' },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      comment:
        'A context’s contracts (src/contracts/: events, jobs, queues) import only the platform and other contexts’ contracts (#<context>/contracts), so any context may import them without a cycle.',
      from: { path: '^libs/[^/]+/src/contracts/', pathNot: '^libs/platform/' },
      to: { path: '^(dist/)?libs/', pathNot: ['^(dist/)?libs/platform/src/index\\.(ts|js)$', '^(dist/)?libs/[^/]+/src/contracts/'] },
    },
    {
      name: 'index-exports-no-http',
      severity: 'error',
      comment:
        'What other contexts need from a controller (a media type, a constant) belongs in the platform or the domain: an index never re-exports from http/.',
      from: { path: '^libs/[^/]+/src/index\\.ts$', pathNot: '^libs/platform/' },
      to: { path: '^libs/[^/]+/src/http/' },
    },
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      comment: 'domain/ holds types, rules and errors with codes: no Nest, no TypeORM, no HTTP.',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: 'node_modules/(@nestjs|typeorm|fastify|bullmq|ioredis|pg)/' },
    },
    {
      name: 'http-does-not-touch-persistence',
      severity: 'error',
      comment: 'Controllers and DTOs go through use cases; entities never become API types.',
      from: { path: '^libs/[^/]+/src/http/' },
      to: { path: '/persistence/' },
    },
    {
      name: 'no-test-helpers-in-production',
      severity: 'error',
      from: { path: '^(apps|libs|migrations|seeds|scripts)/', pathNot: ['\\.spec\\.ts$', '^libs/platform/src/testing/'] },
      to: { path: '^(dist/)?libs/platform/src/testing/' },
    },
    {
      name: 'migrations-stand-alone',
      severity: 'error',
      comment: 'A migration is frozen SQL: it must not change when application code does.',
      from: { path: '^migrations/' },
      to: { path: '^(dist/)?(apps|libs)/' },
    },
  ],
  options: {
    // `#aliases` resolve (through package.json "imports") to the build in dist/: recorded, not followed.
    doNotFollow: { path: ['node_modules', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
