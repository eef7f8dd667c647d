import { describe as suite, expect, it } from 'vitest';
import { defineChecks, expectClose, fail, runChecks } from 'archlab';

interface Learner {
  double(n: number): number;
}

const spec = defineChecks<Learner>({
  exports: ['double'],
  checks: [
    { name: 'doubles 2', run: (m) => (m.double(2) === 4 ? '2 → 4' : fail(`2 → ${m.double(2)}`)) },
    {
      name: 'doubles 0.5',
      run: (m) => {
        expectClose(m.double(0.5), 1, 1e-9, 'double(0.5)');
        return 'ok';
      },
    },
  ],
});

suite('runChecks', () => {
  it('passes every check for a correct module', async () => {
    const out = await runChecks({ double: (n: number) => n * 2 }, spec);
    expect(out.checks.map((c) => c.passed)).toEqual([true, true]);
    expect(out.learnerError).toBeUndefined();
  });

  it('reports failures with the check message', async () => {
    const out = await runChecks({ double: (n: number) => n + 2 }, spec);
    expect(out.checks[0]).toMatchObject({ passed: true });
    expect(out.checks[1]).toMatchObject({
      passed: false,
      message: 'double(0.5): expected 1 ± 1e-9, got 2.5',
    });
  });

  it('names missing exports and runs nothing', async () => {
    const out = await runChecks({}, spec);
    expect(out.missingExports).toEqual(['double']);
    expect(out.checks.every((c) => !c.passed && c.message.includes('export double'))).toBe(true);
  });

  it('keeps the first learner exception raw and keeps running other checks', async () => {
    const boom = {
      toString() {
        throw new Error('hostile');
      },
    };
    const out = await runChecks(
      {
        double: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- learners can throw anything
          throw boom;
        },
      },
      spec,
    );
    expect(out.learnerError).toBe(boom);
    expect(out.checks).toHaveLength(2);
    expect(out.checks.every((c) => !c.passed && c.message.startsWith('Your code threw'))).toBe(
      true,
    );
  });
});
