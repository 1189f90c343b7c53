import { spawnSync } from 'node:child_process';

/**
 * Builds the app into `outDir` (relative to `root`) with `vite build`, for the benchmarks; `publicDir`
 * swaps the data it ships (vite.config.ts reads PUBLIC_DIR). Throws when the build fails.
 */
export function buildApp(root: string, outDir: string, publicDir?: string): void {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: publicDir ? { ...process.env, PUBLIC_DIR: publicDir } : process.env,
    },
  );
  if (build.status !== 0) throw new Error('the build failed');
}
