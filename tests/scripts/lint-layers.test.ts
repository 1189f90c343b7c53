import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layers of src/ (docs/architecture.md) are the project's ESLint config (eslint.config.js). These
 * probes are files that would break them, linted with that config as if they were in the tree: each must
 * be refused by the rule that keeps that layer, and an import that follows the layers must pass.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layers of src/, as the linter keeps them', () => {
  it('refuses React in lib/, config/ and data/, in .ts and .tsx files alike', async () => {
    for (const file of ['src/lib/probe.ts', 'src/lib/probe.tsx', 'src/data/probe.ts']) {
      expect(
        await problems(file, "import { useState } from 'react';\nexport const probe = useState;\n"),
      ).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*React/)]);
    }
    // A type from React is not React at run time.
    expect(
      await problems(
        'src/config/probe.ts',
        "import type { ReactNode } from 'react';\nexport type Probe = ReactNode;\n",
      ),
    ).toEqual([]);
  });

  it('refuses an import from a higher layer', async () => {
    const cases: [file: string, from: string, layer: RegExp][] = [
      ['src/lib/probe.ts', '../hooks/hydration', /lib\/ imports only config\/ and data\//],
      ['src/hooks/probe.ts', '../components/ui/bilingual', /hooks\/ imports only/],
      ['src/components/probe.ts', '../features/library/library-text', /never imports a feature/],
      ['src/config/probe.ts', '../lib/theme', /bottom layer/],
    ];
    for (const [file, from, layer] of cases) {
      const found = await problems(file, `import * as probe from '${from}';\nexport { probe };\n`);
      expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
      expect(found[0]).toMatch(layer);
    }
  });

  it('refuses a feature importing another feature or the app', async () => {
    for (const [file, from] of [
      ['src/features/papers/probe.ts', '../search/tokenize'],
      ['src/features/search/probe.ts', '../../app/basename'],
    ] as const) {
      expect(
        await problems(file, `import * as probe from '${from}';\nexport { probe };\n`),
      ).toEqual([
        expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature never imports/),
      ]);
    }
  });

  it('refuses an import cycle', async () => {
    // theme.ts imports persisted-store.ts: persisted-store importing theme closes a circle.
    expect(
      await problems(
        'src/lib/persisted-store.ts',
        "import { loadThemeChoice } from './theme';\nexport const probe = loadThemeChoice;\n",
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-cycle: /)]);
  });

  it('lets every layer import the layers below it', async () => {
    for (const [file, from] of [
      ['src/features/papers/probe.ts', '../../lib/reading-language'],
      ['src/features/papers/probe.ts', '../../hooks/hydration'],
      ['src/features/papers/probe.ts', '../../components/ui/bilingual'],
      ['src/app/probe.ts', '../features/search/tokenize'],
    ] as const) {
      expect(
        await problems(file, `import * as probe from '${from}';\nexport { probe };\n`),
      ).toEqual([]);
    }
  });
});
