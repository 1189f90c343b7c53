import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The few .ts tests that touch window, document or Web Storage. Every other .ts test is pure.
const DOM_TS_TESTS = [
  'tests/lib/keyboard.test.ts',
  'tests/lib/reading-view.test.ts',
  'tests/lib/storage-values.property.test.ts',
  'tests/lib/theme.test.ts',
];
// Server-side rendering to a string: a .tsx test that must not see a DOM.
const NODE_TSX_TESTS = ['tests/scripts/prerender.test.tsx'];

export default defineConfig({
  plugins: [react()],
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    testTimeout: 20_000,
    // Vitest leaves a core for itself by default, which on a 2-core machine means one worker; the
    // main process is nearly idle while tests run, so both cores run tests.
    maxWorkers: '100%',
    // Two projects: only component tests pay for jsdom, Testing Library's setup and a fresh module
    // graph per file (which is what keeps their app-wide state apart).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pure tests share their worker and its loaded modules: each file no longer re-imports the
          // parsers, zod and fast-check, which was half of their time. A pure test that leaves state
          // behind (a module-level cache, fake timers, a stubbed global) must undo it in afterEach.
          isolate: false,
          include: ['tests/**/*.test.ts', ...NODE_TSX_TESTS],
          exclude: ['tests/e2e/**', 'node_modules/**', ...DOM_TS_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', ...DOM_TS_TESTS],
          exclude: ['tests/e2e/**', 'node_modules/**', ...NODE_TSX_TESTS],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
