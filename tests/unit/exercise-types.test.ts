/**
 * Every starter and solution is valid, strict TypeScript against the engine's API — the same
 * check Monaco runs in the browser. Starters are excluded from `astro check` because they leave
 * parameters unused on purpose; this test checks them with that one rule relaxed.
 */
import ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverExercises } from '../support/exercises.ts';

const root = join(import.meta.dirname, '..', '..');

function diagnosticsFor(files: string[], options: Partial<ts.CompilerOptions>): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    paths: { archlab: [join(root, 'engine/index.ts')] },
    ...options,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const name = d.file ? d.file.fileName.replace(root, '') : '';
    return `${name}:${where ? where.line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('exercise sources type-check', () => {
  const exercises = discoverExercises();
  it('every starter is strict TypeScript (unused parameters allowed)', () => {
    const files = exercises.map((e) => join(e.dir, 'starter.ts'));
    expect(diagnosticsFor(files, { noUnusedLocals: false, noUnusedParameters: false })).toEqual([]);
  });
  it('every solution is strict TypeScript with no unused code', () => {
    const files = exercises.map((e) => join(e.dir, 'solution.ts'));
    expect(diagnosticsFor(files, { noUnusedLocals: true, noUnusedParameters: true })).toEqual([]);
  });
});
