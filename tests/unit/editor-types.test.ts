/**
 * Every starter and solution type-checks with exactly the options the exercise editor gives
 * Monaco's TypeScript (runner/editorTypes.ts): the editor must never underline working code.
 * It once named its standard library `es2023`, which the language service reads as a file name
 * that does not exist, and `Record` was marked as unknown in the router exercise (issue 16).
 */
import ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPILER_OPTIONS, EDITOR_LIBS } from '../../runner/editorTypes.ts';
import { discoverExercises } from '../support/exercises.ts';

const root = join(import.meta.dirname, '..', '..');

function editorDiagnostics(files: string[]): string[] {
  const program = ts.createProgram(files, {
    ...(EDITOR_COMPILER_OPTIONS as ts.CompilerOptions),
    // Only where `archlab` is found differs: the editor serves the engine as an in-memory
    // node_modules package; here the same sources are mapped by path (node10 resolution is
    // deprecated in TypeScript 6, which Monaco's embedded 5.9 does not know).
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    paths: { archlab: [join(root, 'engine/index.ts')] },
    // No @types from node_modules: the editor has none, and Node's would hide a missing library.
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const name = d.file ? d.file.fileName.replace(root, '') : '';
    return `${name}:${where ? where.line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('the exercise editor’s TypeScript settings', () => {
  it('name standard library files that TypeScript has', () => {
    const libDir = join(root, 'node_modules', 'typescript', 'lib');
    for (const lib of EDITOR_LIBS) expect(ts.sys.fileExists(join(libDir, lib)), lib).toBe(true);
  });

  it('find no error in any starter or solution', () => {
    const files = discoverExercises().flatMap((e) => [
      join(e.dir, 'starter.ts'),
      join(e.dir, 'solution.ts'),
    ]);
    expect(files.length).toBeGreaterThan(0);
    expect(editorDiagnostics(files)).toEqual([]);
  });
});
