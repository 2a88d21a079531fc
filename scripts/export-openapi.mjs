// Writes the OpenAPI document of the built API to docs/openapi.json (house-style § 12), or with
// --check fails when the committed document differs from what the code describes.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const target = new URL('../docs/openapi.json', import.meta.url);
const check = process.argv.includes('--check');

Object.assign(process.env, {
  EMBEDDED_DATABASE_DIR: 'memory://',
  DATABASE_URL: '',
  REDIS_URL: '',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  BOOTSTRAP_ADMIN_PASSWORD: 'openapi-export-only',
});

const { createApiApp } = require('../dist/apps/api/src/http-app.js');
const { buildOpenApi } = require('../dist/apps/api/src/openapi.js');

const app = await createApiApp();
await app.init();
const document = `${JSON.stringify(buildOpenApi(app), null, 2)}\n`;
await app.close();

if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // no committed document yet
  }
  if (committed !== document) {
    console.error('docs/openapi.json is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('docs/openapi.json matches the API.');
} else {
  writeFileSync(target, document);
  console.log('wrote docs/openapi.json');
}
