/** Bad learner code in Node, through the runner's real evaluation path: each failure gets plain words. */
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { defineChecks, type RunResult } from 'archlab';
import { executeRun } from '../../runner/execute.ts';
import { LEARNER_TRANSFORM_OPTIONS } from '../../runner/compileOptions.ts';
import { classifyMessage, classifyThrown } from '../../runner/classify.ts';
import { formatArgs, MAX_LINE_CHARS } from '../../runner/console.ts';
import { MAX_SOURCE_CHARS, sourceProblem } from '../../runner/source.ts';

const checks = defineChecks<{ main(): unknown }>({
  exports: ['main'],
  checks: [{ name: 'main runs', run: (m) => `main returned ${String(m.main())}` }],
});

async function runSource(source: string): Promise<RunResult> {
  const out = await transform(source, LEARNER_TRANSFORM_OPTIONS);
  return executeRun({ code: out.code, map: out.map }, checks as never, () => performance.now());
}

describe('classifyThrown', () => {
  it('tells a stack overflow and an allocation failure from other errors', () => {
    const overflow = (() => {
      const down = (n: number): number => down(n + 1) + 1;
      try {
        down(0);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(classifyThrown(overflow)).toBe('recursion');
    expect(classifyThrown(new RangeError('Invalid array length'))).toBe('memory');
    expect(classifyThrown(new RangeError('Invalid string length'))).toBe('memory');
    expect(classifyThrown(new RangeError('Array buffer allocation failed'))).toBe('memory');
    expect(
      classifyThrown(new RangeError('toFixed() digits argument must be between 0 and 100')),
    ).toBe('other');
    // Only a real RangeError counts: a learner's own message that happens to say so does not.
    expect(classifyThrown(new Error('Invalid array length'))).toBe('other');
    expect(classifyThrown('Maximum call stack size exceeded')).toBe('other');
    expect(classifyThrown(undefined)).toBe('other');
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(classifyThrown(hostile)).toBe('other');
  });

  it('reads an uncaught error event’s text', () => {
    expect(classifyMessage('Uncaught RangeError: Maximum call stack size exceeded')).toBe(
      'recursion',
    );
    expect(classifyMessage('Uncaught RangeError: Invalid string length')).toBe('memory');
    expect(classifyMessage('Uncaught Error: boom')).toBe('other');
  });
});

describe('sourceProblem', () => {
  it('calls an empty editor empty, whitespace and a byte-order mark included', () => {
    for (const blank of ['', '   ', '\n\r\n\t', '\uFEFF', '\uFEFF\n  \n']) {
      expect(sourceProblem(blank)?.message).toContain('The editor is empty');
    }
    expect(sourceProblem('// just a comment')).toBeUndefined();
    expect(sourceProblem('x'.repeat(1_000_000))).toBeUndefined();
  });

  it('refuses a source past the size limit, saying how long it is', () => {
    const message = sourceProblem('x'.repeat(MAX_SOURCE_CHARS + 1))?.message ?? '';
    expect(message).toMatch(/2\.0 million characters long; exercises accept at most 2 million/);
  });
});

describe('executeRun with runaway code', () => {
  it('reports infinite recursion as too much recursion at the learner line', async () => {
    const r = await runSource(
      'function down(n: number): number {\n  return down(n + 1) + 1;\n}\nexport function main() { return down(0) }',
    );
    expect(r.error?.position?.line).toBe(2);
    expect(r.error?.message).toMatch(/^Too much recursion \(line 2\): .*stack overflow/);
    expect(r.error?.message).toContain('Maximum call stack size exceeded');
  });

  it('reports a failed allocation as too much memory, at load time too', async () => {
    const r = await runSource('export function main() {\n  return new Array(2 ** 32).length;\n}');
    expect(r.error?.message).toMatch(/^Your code used too much memory and was stopped \(line 2\)/);
    const r2 = await runSource(
      "const big = 'x'.repeat(2 ** 30);\nexport function main() { return big }",
    );
    expect(r2.error?.message).toMatch(/^Your code used too much memory and was stopped \(line 1\)/);
    expect(r2.error?.message).toContain('Invalid string length');
  });
});

describe('sources with unusual text', () => {
  it('keeps error lines right with CRLF line endings, a BOM and non-ASCII identifiers', async () => {
    const crlf = await runSource(
      "type A = number;\r\n\r\nexport function main(): A {\r\n  throw new Error('crlf');\r\n}\r\n",
    );
    expect(crlf.error?.position?.line).toBe(4);
    const bom = await runSource('\uFEFFexport function main() {\n  throw new Error("bom");\n}');
    expect(bom.error?.position?.line).toBe(2);
    const unicode = await runSource(
      "const größe = 1;\nconst 名前 = 'x';\nexport function main() {\n  if (größe === 1) throw new Error(名前 + ' kaputt');\n}",
    );
    expect(unicode.error?.position?.line).toBe(4);
    expect(unicode.error?.message).toContain('x kaputt');
    const works = await runSource('const größe = 2;\nexport function main() { return größe * 21 }');
    expect(works.checks[0]?.message).toBe('main returned 42');
  });
});

describe('formatArgs', () => {
  it('says how many characters a very long line lost', () => {
    const line = formatArgs(['y'.repeat(10_000_000)]);
    expect(line.length).toBeLessThan(MAX_LINE_CHARS + 40);
    expect(line).toContain(
      `(${(10_000_000 - MAX_LINE_CHARS).toLocaleString('en')} more characters)`,
    );
    expect(formatArgs(['a', 'b'])).toBe('a b');
    expect(formatArgs(['z'.repeat(MAX_LINE_CHARS)])).not.toContain('more characters');
  });
});
