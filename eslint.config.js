import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The layers, from the bottom: config and data (no imports from src/ but each other), lib (pure and DOM
// helpers, no React), hooks (React hooks on lib), components (shared UI), features (one job each, never
// another feature), app (the shell, routes and pages that compose features). A layer imports only the
// layers below it. docs/architecture.md shows the map.
const layer = (target, from, message) => ({ target, from, message });
// Every folder of src/features, so a new feature is fenced in (and others fenced from it) from the start.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  layer(
    ['./src/config', './src/data'],
    [
      './src/lib/**',
      './src/hooks/**',
      './src/components/**',
      './src/features/**',
      './src/app/**',
      './src/*.tsx',
    ],
    'config/ and data/ are the bottom layer: they import only each other.',
  ),
  layer(
    './src/lib',
    ['./src/hooks/**', './src/components/**', './src/features/**', './src/app/**', './src/*.tsx'],
    'lib/ imports only config/ and data/: a React hook belongs in hooks/, UI in components/.',
  ),
  layer(
    './src/hooks',
    ['./src/components/**', './src/features/**', './src/app/**', './src/*.tsx'],
    'hooks/ imports only lib/, config/ and data/.',
  ),
  layer(
    './src/components',
    ['./src/features/**', './src/app/**', './src/*.tsx'],
    'components/ is shared UI: it never imports a feature or the app.',
  ),
  ...features.map((feature) =>
    layer(
      `./src/features/${feature}`,
      [
        ...features
          .filter((other) => other !== feature)
          .map((other) => `./src/features/${other}/**`),
        './src/app/**',
        './src/*.tsx',
      ],
      'A feature never imports another feature or the app: a route or page in app/ composes them.',
    ),
  ),
  layer('./src', './scripts/**', 'The app never imports the build scripts.'),
  layer(['./src', './scripts'], './tests/**', 'Only tests import test helpers.'),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.e2e-dist*',
      '.bench-dist',
      '.bench-archive',
      '.bench-library',
      '.bench-long-issue',
      '.bench-*',
      '.build*',
      'node_modules',
      'public',
      'coverage',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/{lib,config,data}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            'react-dom/client',
            'react-router',
            'react-router-dom',
            '@tanstack/react-query',
          ]
            .map((name) => ({
              name,
              allowTypeImports: true,
              message:
                'lib/, config/ and data/ stay free of React: hooks go in hooks/, UI in components/.',
            }))
            .concat({
              name: 'zod',
              message:
                "Import * as z from 'zod/mini' in the app: classic zod adds ~90 KB gzip to the first load.",
            }),
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/**', 'src/config/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                "Import * as z from 'zod/mini' in the app: classic zod adds ~90 KB gzip to the first load.",
            },
            {
              name: 'react-router',
              message: "Import from 'react-router-dom' (one copy of the router in the bundle).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
);
