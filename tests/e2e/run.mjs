// Runs the end-to-end specs in real Chromium against a fresh production build.
// E2E_DIST picks the build folder (default .e2e-dist) so parallel runs don't collide;
// E2E_SKIP_BUILD=1 reuses an existing build. Extra arguments are passed to node's test runner
// (e.g. a single spec file).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `E2E: Chromium not found at ${chromium}. Install it (as root: apt-get update && apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH. Browser tests are never skipped.',
  );
  process.exit(1);
}

const dist = process.env.E2E_DIST ?? '.e2e-dist';
const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// A second build under a sub-path proves deep links and reloads work behind a static host's `base`.
const baseDist = `${dist}-base`;
if (process.env.E2E_SKIP_BUILD !== '1') {
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--outDir', baseDist, '--emptyOutDir', '--logLevel', 'warn'], {
    BASE_PATH: '/digest/',
  });
}

const args = process.argv.slice(2);
const specs =
  args.length > 0
    ? args
    : readdirSync('tests/e2e')
        .filter((name) => name.endsWith('.spec.ts'))
        .sort()
        .map((name) => `tests/e2e/${name}`);
if (specs.length === 0) {
  console.error('E2E: no spec files found in tests/e2e');
  process.exit(1);
}
run('npx', ['tsx', '--test', '--test-reporter=spec', ...specs], {
  E2E_DIST: dist,
  E2E_BASE_DIST: baseDist,
  CHROMIUM_PATH: chromium,
});
