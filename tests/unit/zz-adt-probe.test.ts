import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runExercise } from '../support/runExercise.ts';
it('probe', async () => {
  const r = await runExercise(process.env.CHECKS!, readFileSync(process.env.SRC!, 'utf8'));
  console.log(JSON.stringify(r.console, null, 0));
  if (r.error) console.log('ERR', r.error.message);
  for (const c of r.checks) console.log(c.passed ? 'ok' : 'XX', c.name, c.message);
}, 60000);
