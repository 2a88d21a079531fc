// `npm start` builds the web portal only when it is missing or older than its sources, so that a
// start with an up-to-date build stays fast (the API itself is always rebuilt by `nest build`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'apps/portal/dist/index.html');
const inputs = [
  'apps/portal/index.html',
  'apps/portal/vite.config.mts',
  'apps/portal/tsconfig.json',
  'apps/portal/public',
  'apps/portal/src',
  'libs/kernel/src',
  'package-lock.json',
].map((path) => join(root, path));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const stale = !existsSync(built) || inputs.some((input) => newestChange(input) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the web portal (apps/portal) …');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/portal/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(run.status ?? 1);
}
