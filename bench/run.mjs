// `npm run bench [name ...]`: starts the built API (`npm run build` first) on a free port with a
// fresh embedded database, or on DATABASE_URL (and REDIS_URL) when given, runs each
// bench/<name>.bench.mjs against it and writes bench/results/<name>.json and <name>.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const main = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
if (!existsSync(main)) throw new Error('Run `npm run build` first');

const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace(/\.bench\.mjs$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'gqt-bench-'));
const admin = { username: 'admin', password: 'Bench-Admin-Password-1!' };
const server = spawn(process.execPath, [main], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    BOOTSTRAP_ADMIN_USERNAME: admin.username,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let ready = false; !ready;) {
    if (server.exitCode !== null) throw new Error('The API exited before it was ready');
    ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded (PGlite)';
  for (const name of benches) {
    const { run } = await import(join(here, `${name}.bench.mjs`));
    const result = await run({ base, admin });
    const meta = { name, database, node: process.version, at: new Date().toISOString() };
    writeFileSync(
      join(here, 'results', `${name}.json`),
      `${JSON.stringify({ ...meta, ...result.figures }, null, 2)}\n`,
    );
    const markdown = [
      `# ${result.title}`,
      '',
      `${database}, Node ${process.version}, ${meta.at}`,
      '',
      ...result.markdown,
      '',
    ];
    writeFileSync(join(here, 'results', `${name}.md`), markdown.join('\n'));
    console.log(markdown.join('\n'));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
