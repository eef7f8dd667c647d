/**
 * Lint enforces the layers (eslint.config.js): an import that runs the wrong way fails, the right
 * way passes. Linted from text with the repository's own config, without type information (the
 * layer rule needs none), so this stays fast.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/*.ts'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

/** The layer messages ESLint gives for one import placed in a file of a given folder. */
async function layerErrors(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layers: engine ← course ← runner ← components ← lessons', () => {
  it.each([
    ['runner/probe.ts', "import { chapters } from '../components/chapters.ts';"],
    ['engine/core/probe.ts', "import { run } from '../../runner/client.ts';"],
    ['engine/core/probe.ts', "import { loadChecks } from '../../course/registry.ts';"],
    ['engine/core/probe.ts', "import { z } from 'astro/zod';"],
    ['course/probe.ts', "import { run } from '../runner/client.ts';"],
    ['course/probe.ts', "import { defineSimulation } from '../components/simulation/define.ts';"],
    [
      'components/probe.ts',
      "import oneServer from '../lessons/01-servers/simulations/one-server.ts';",
    ],
    ['components/exercise/probe.ts', "import { collections } from '../../src/content.config.ts';"],
    ['lessons/01-servers/probe.ts', "import { run } from '../../runner/client.ts';"],
  ])('%s may not: %s', async (file, line) => {
    const errors = await layerErrors(file, line);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Layers: /);
  });

  it.each([
    ['runner/probe.ts', "import { loadChecks } from '../course/registry.ts';"],
    ['runner/probe.ts', "import { simulate } from 'archlab';"],
    ['components/exercise/probe.ts', "import { run } from '../../runner/client.ts';"],
    ['components/probe.ts', "import { chapterIdFromPath } from '../course/paths.ts';"],
    ['course/probe.ts', "import type { AnySimulation } from '../components/simulation/define.ts';"],
    [
      'lessons/01-servers/probe.ts',
      "import { defineSimulation } from '../../components/simulation/define.ts';",
    ],
    [
      'tests/unit/probe.ts',
      "import oneServer from '../../lessons/01-servers/simulations/one-server.ts';",
    ],
  ])('%s may: %s', async (file, line) => {
    expect(await layerErrors(file, line)).toEqual([]);
  });
});
