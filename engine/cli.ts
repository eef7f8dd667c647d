/**
 * Command line for teachers and tests: `npm run sim -- path/to/scenario.json [--seed N] [--full]`.
 * Prints the summary (or, with --full, the whole result) as JSON. A bad scenario exits non-zero
 * with a message naming the field.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from './core/errors.ts';
import { simulate } from './scenarios/simulate.ts';
import type { Scenario } from './scenarios/scenario.ts';

const usage = 'usage: npm run sim -- path/to/scenario.json [--seed N] [--full]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  let file: string | undefined;
  let seed: number | undefined;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v)) fail(`--seed needs an integer\n${usage}`);
      seed = v;
    } else if (a === '--full') full = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${usage}\n`);
      return;
    } else if (a.startsWith('-')) fail(`unknown option ${a}\n${usage}`);
    else if (file === undefined) file = a;
    else fail(`one scenario file at a time\n${usage}`);
  }
  if (file === undefined) fail(usage);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    fail(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const fileSeed = record['seed'];
  const runSeed = seed ?? (typeof fileSeed === 'number' ? fileSeed : 1);
  try {
    const result = simulate(data as Scenario, { seed: runSeed });
    process.stdout.write(`${JSON.stringify(full ? result : result.summary, null, 2)}\n`);
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid scenario ${file}: ${err.message}`);
    throw err;
  }
}

main(process.argv.slice(2));
