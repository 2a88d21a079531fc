// Jest cannot load NestJS 12's ES modules on Node 20: @swc/jest compiles our TypeScript and those
// packages to CommonJS (see docs/stack-notes). Type-checking is `npm run typecheck`, not the transform.
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax: 'ecmascript' },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// PostgreSQL runs have this many lanes (test/support/postgres-lanes.ts), each a Jest worker.
process.env.TEST_POSTGRES_LANES ??= '2';

const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', 'load-esm'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/test/support/environment.cjs',
  transform: {
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.(m?js)$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@gqt/(.*)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  setupFiles: ['<rootDir>/test/support/env.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Also the hooks' limit: a file's beforeAll starts an API on a fresh database (migrations
  // included), which on two busy cores (CI runs the PostgreSQL suite alongside) can pass a minute.
  testTimeout: 120_000,
  // Each test file has its own embedded database, so files run side by side on every core (Jest's
  // default leaves one idle); on PostgreSQL the files of a lane share its database, one at a time.
  maxWorkers: process.env.TEST_DATABASE_URL ? Number(process.env.TEST_POSTGRES_LANES) : '100%',
};
