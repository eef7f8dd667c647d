/**
 * Command line for teachers and tests: `npm run sim -- path/to/scenario.json [--seed N] [--full]`.
 * Prints the summary (or, with --full, the whole result) as JSON and exits 0 — also when the run
 * stopped early because the system could not keep up (`summary.stoppedEarly`, noted on stderr).
 * Any scenario the engine will not run (invalid, or over one of its limits) exits 2 with one line
 * naming the field, the limit and why. Exit 1 means a bug in the engine.
 */
import { readFileSync, statSync } from 'node:fs';
import { ConfigError, escapeUnsafe } from './core/errors.ts';
import { MAX_SCENARIO_FILE_BYTES } from './core/limits.ts';
import { simulate } from './scenarios/simulate.ts';
import type { Scenario } from './scenarios/scenario.ts';

const usage = 'usage: npm run sim -- path/to/scenario.json [--seed N] [--full]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** One line of at most `max` characters, control characters escaped. */
function oneLine(text: string, max = 300): string {
  return escapeUnsafe(text.length > max ? `${text.slice(0, max)}…` : text);
}

function main(argv: string[]): void {
  let file: string | undefined;
  let seed: number | undefined;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v)) fail(`--seed needs an integer\n${usage}`);
      seed = v;
    } else if (a === '--full') full = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${usage}\n`);
      return;
    } else if (a.startsWith('-')) fail(`unknown option ${oneLine(a, 40)}\n${usage}`);
    else if (file === undefined) file = a;
    else fail(`one scenario file at a time\n${usage}`);
  }
  if (file === undefined) fail(usage);
  let text: string;
  try {
    // Size first: a huge file is refused without reading it.
    const bytes = statSync(file).size;
    if (bytes > MAX_SCENARIO_FILE_BYTES)
      fail(
        `invalid scenario ${file}: the file has ${bytes} bytes; at most ${MAX_SCENARIO_FILE_BYTES} (limit MAX_SCENARIO_FILE_BYTES: a scenario of MAX_NODES values fits in it)`,
      );
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${oneLine((err as Error).message)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    fail(`${file} is not valid JSON: ${oneLine((err as Error).message)}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const fileSeed = record['seed'];
  const runSeed =
    seed ?? (typeof fileSeed === 'number' && Number.isSafeInteger(fileSeed) ? fileSeed : 1);
  try {
    const result = simulate(data as Scenario, { seed: runSeed });
    process.stdout.write(`${JSON.stringify(full ? result : result.summary, null, 2)}\n`);
    const stopped = result.summary.stoppedEarly;
    if (stopped) process.stderr.write(`note: ${stopped.message}\n`);
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid scenario ${file}: ${oneLine(err.message, 400)}`);
    fail(`engine error on ${file} (a bug; please report it): ${oneLine(String(err), 400)}`, 1);
  }
}

main(process.argv.slice(2));
