import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { runExercise } from '../../support/runExercise.ts';
const ex = process.env.EX!;
it('show', async () => {
  const dir = `lessons/${ex}`;
  for (const f of readdirSync(`${dir}/corpus`)) {
    if (process.env.ONLY && !f.includes(process.env.ONLY)) continue;
    const r = await runExercise(`${dir}/checks.ts`, readFileSync(`${dir}/corpus/${f}`, 'utf8'));
    console.log('== ' + f + (r.error ? ' ERROR ' + r.error.message : ''));
    for (const c of r.checks) if (!c.passed) console.log('  FAIL ' + c.name + ': ' + c.message);
  }
});
