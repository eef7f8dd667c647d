/**
 * Child process for the robustness suite: run one scenario file through the engine as the browser
 * would (validate, then simulate) and print what happened with the process's peak memory, so the
 * parent can bound memory without the test runner's own heap in the figure.
 * Usage: node run-scenario-file.ts <file>
 */
import { readFileSync } from 'node:fs';
import { ConfigError, simulate, type Scenario } from '../../../../engine/index.ts';

const file = process.argv[2]!;
const t0 = performance.now();
let outcome: Record<string, unknown>;
try {
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as Scenario;
  const r = simulate(scenario, { seed: 1 });
  outcome = {
    kind: 'ran',
    events: r.summary.events,
    arrived: r.summary.arrived,
    stoppedEarly: r.summary.stoppedEarly ?? null,
  };
} catch (err) {
  outcome =
    err instanceof ConfigError
      ? { kind: 'refused', field: err.field, message: err.message }
      : { kind: 'crashed', message: String(err).slice(0, 500) };
}
process.stdout.write(
  JSON.stringify({
    ...outcome,
    ms: performance.now() - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  }),
);
