// Architecture rules checked in CI (house-style § 13).
const FRAMEWORK =
  '^(node_modules/)?(@nestjs|typeorm|class-validator|class-transformer|nestjs-cls|@nestjs-cls|express|bull|pg)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle between modules is a boundary bug.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain rules are plain TypeScript: no framework, ORM or validation library.',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: FRAMEWORK },
    },
    {
      name: 'kernel-is-pure',
      severity: 'error',
      from: { path: '^libs/kernel/' },
      to: { path: [FRAMEWORK, '^libs/(?!kernel/)'] },
    },
    {
      name: 'contracts-are-pure',
      severity: 'error',
      comment: 'The shared vocabulary (enums, labels, event types) is plain TypeScript that the portal imports too.',
      from: { path: '^libs/contracts/' },
      to: { path: [FRAMEWORK, '^libs/(?!contracts/)'] },
    },
    {
      name: 'contexts-meet-through-index',
      severity: 'error',
      comment: 'A context reaches another only through its public surface, src/index.ts.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'platform-has-no-business',
      severity: 'error',
      comment: 'The platform lib knows no bounded context (the shared vocabulary of @gqt/contracts is no context).',
      from: { path: '^libs/(platform|kernel)/' },
      to: { path: '^libs/(?!platform/|kernel/|contracts/)' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'import', 'node', 'default'] },
  },
};
