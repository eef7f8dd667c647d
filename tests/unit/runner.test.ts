/** The runner's evaluation path in Node: errors point at the learner's line, output is capped. */
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { defineChecks, type RunResult } from 'archlab';
import { executeRun } from '../../runner/execute.ts';
import { LEARNER_TRANSFORM_OPTIONS } from '../../runner/compileOptions.ts';
import { MAX_CONSOLE_LINES, MAX_LINE_CHARS } from '../../runner/console.ts';

interface Learner {
  main(): unknown;
}
const checks = defineChecks<Learner>({
  exports: ['main'],
  checks: [{ name: 'main runs', run: async (m) => `main returned ${String(await m.main())}` }],
});

async function runSource(source: string): Promise<RunResult> {
  const out = await transform(source, LEARNER_TRANSFORM_OPTIONS);
  return executeRun({ code: out.code, map: out.map }, checks as never, () => performance.now());
}

describe('executeRun', () => {
  it('runs a passing module', async () => {
    const r = await runSource('export function main(): number { return 42 }');
    expect(r.error).toBeUndefined();
    expect(r.checks[0]).toMatchObject({ passed: true, message: 'main returned 42' });
  });

  it('maps a runtime error to the learner line, past type-only lines esbuild removes', async () => {
    const source = [
      'interface Unused {', // 1
      '  a: number;', // 2
      '}', // 3
      'type Alias = string;', // 4
      '', // 5
      'export function main(): number {', // 6
      '  const x: number = 1;', // 7
      "  throw new Error('boom ' + x);", // 8
      '}', // 9
    ].join('\n');
    const r = await runSource(source);
    expect(r.error).toMatchObject({ kind: 'runtime', position: { line: 8 } });
    expect(r.error?.message).toContain('line 8');
    expect(r.checks[0]?.passed).toBe(false);
  });

  it('reports an error thrown while the module loads, at its line', async () => {
    const r = await runSource(
      'const a = 1;\n\nthrow new TypeError("top");\nexport function main() { return a }',
    );
    expect(r.error).toMatchObject({ kind: 'runtime', position: { line: 3 } });
  });

  it('names a missing export', async () => {
    const r = await runSource('export function mian() { return 1 }');
    expect(r.error).toMatchObject({ kind: 'missing-export' });
    expect(r.error?.message).toContain('`main`');
  });

  it('refuses imports other than archlab, static or dynamic', async () => {
    const r = await runSource("import fs from 'node:fs';\nexport function main() { return fs }");
    expect(r.error?.message).toContain('Cannot import "node:fs"');
    const r2 = await runSource(
      "export async function main() { return import('https://example.com/x.js') }",
    );
    expect(r2.checks[0]?.message).toContain('Cannot import "https://example.com/x.js"');
  });

  it('survives throwing a non-Error and one with a hostile toString', async () => {
    const r1 = await runSource("export function main() { throw 'just a string' }");
    expect(r1.error?.message).toContain('just a string');
    const r2 = await runSource(
      'export function main() { throw { toString() { throw new Error("no") } } }',
    );
    expect(r2.error?.kind).toBe('runtime');
    const r3 = await runSource('export function main() { throw undefined }');
    expect(r3.error?.message).toContain('undefined');
  });

  it('caps console floods and very long lines', async () => {
    const r = await runSource(
      "export function main() { for (let i = 0; i < 100000; i++) console.log('line', i); console.error('x'.repeat(10_000_000)); return 1 }",
    );
    expect(r.console).toHaveLength(MAX_CONSOLE_LINES);
    expect(r.consoleHidden).toBe(100000 + 1 - MAX_CONSOLE_LINES);
    const r2 = await runSource(
      "export function main() { console.log('y'.repeat(10_000_000)); return 1 }",
    );
    expect(r2.console[0]!.text.length).toBeLessThan(MAX_LINE_CHARS + 100);
    expect(r2.console[0]!.text).toContain('more characters');
  });
});
