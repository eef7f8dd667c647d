/**
 * A check's failure is recognised whichever copy of the engine threw it. WebKit evaluates a module
 * Worker's entry twice when a chunk imports from it, so a check could throw a CheckFailure whose
 * class is not the harness's: every failed check then read "Your code threw: CheckFailure" (issue 16).
 */
import { runInNewContext } from 'node:vm';
import { describe as suite, expect, it, vi } from 'vitest';
import { CheckFailure, isCheckFailure, runChecks } from 'archlab';

/** A fresh evaluation of define.ts: a second CheckFailure class, as WebKit's second entry gives. */
async function secondCopyOfDefine(): Promise<typeof import('../../engine/exercise/define.ts')> {
  vi.resetModules();
  return import('../../engine/exercise/define.ts');
}

suite('CheckFailure across copies and realms', () => {
  it('a second copy of the engine throws a class the harness does not share', async () => {
    const copy = await secondCopyOfDefine();
    expect(copy.CheckFailure).not.toBe(CheckFailure);
    expect(new copy.CheckFailure('x') instanceof CheckFailure).toBe(false);
    expect(isCheckFailure(new copy.CheckFailure('x'))).toBe(true);
  });

  it('reports a failure thrown by another copy as a failed check, not as an error', async () => {
    const copy = await secondCopyOfDefine();
    const out = await runChecks(
      { answer: 41 },
      {
        exports: ['answer'],
        checks: [{ name: 'answers 42', run: () => copy.fail('expected 42, got 41') }],
      },
    );
    expect(out.checks[0]).toEqual({
      name: 'answers 42',
      passed: false,
      message: 'expected 42, got 41',
    });
    expect(out.learnerError).toBeUndefined();
  });

  it('recognises a failure made in another realm (another global object)', async () => {
    const copy = await secondCopyOfDefine();
    const foreign: unknown = runInNewContext('new Failure("from another realm")', {
      Failure: copy.CheckFailure,
    });
    const inRealm: unknown = runInNewContext(
      'const e = new Error("m"); e[Symbol.for("archlab.CheckFailure")] = true; e',
    );
    expect(isCheckFailure(foreign)).toBe(true);
    expect(inRealm instanceof Error).toBe(false);
    expect(isCheckFailure(inRealm)).toBe(true);
  });

  it('does not take an ordinary error, or a hostile value, for a check failure', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(isCheckFailure(new Error('CheckFailure'))).toBe(false);
    expect(isCheckFailure(Object.assign(new Error('x'), { name: 'CheckFailure' }))).toBe(false);
    expect(isCheckFailure(hostile)).toBe(false);
    expect(isCheckFailure('CheckFailure')).toBe(false);
    expect(isCheckFailure(null)).toBe(false);
  });
});
