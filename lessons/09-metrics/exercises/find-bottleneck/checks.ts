import { defineChecks, describe, fail, type CheckSpec } from 'archlab';
import { observe, system, type MetricsSnapshot, type Resource } from '../../systems.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** The systems, in a fixed order that does not give the answers away. */
const CASES: readonly { kind: Resource; variant: number; seed: number }[] = [
  { kind: 'database', variant: 0, seed: 11 },
  { kind: 'memory', variant: 1, seed: 12 },
  { kind: 'none', variant: 1, seed: 13 },
  { kind: 'network', variant: 1, seed: 14 },
  { kind: 'cpu', variant: 0, seed: 15 },
  { kind: 'external-api', variant: 0, seed: 16 },
  { kind: 'memory', variant: 0, seed: 17 },
  { kind: 'cpu', variant: 1, seed: 18 },
];

const snapshots: (MetricsSnapshot | undefined)[] = [];
const snapshotOf = (i: number): MetricsSnapshot =>
  (snapshots[i] ??= observe(
    system(CASES[i]!.kind, 1, CASES[i]!.variant, 10_000),
    CASES[i]!.seed,
  ).snap);

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The dashboard in one line, as the learner would read it. */
function dashboard(s: MetricsSnapshot): string {
  return (
    `CPU ${pct(s.cpuUtilisation)}, memory ${Math.round(s.memoryUsedMb)} of ${s.memoryLimitMb} MB, ` +
    `network ${s.networkOutMbps.toFixed(1)} of ${s.networkLimitMbps} Mbit/s, ` +
    `database ${pct(s.databaseUtilisation)} busy, API calls refused ${pct(s.apiRateLimitedRatio)}, ` +
    `p95 ${Math.round(s.latencyP95Ms)} ms, errors ${pct(s.errorRate)}`
  );
}

const checks: CheckSpec<Learner>[] = CASES.map((c, i) => ({
  name: `System ${i + 1}: name the bottleneck`,
  run: (learner: Learner) => {
    const s = snapshotOf(i);
    const answer: unknown = learner.findBottleneck({ ...s });
    if (typeof answer !== 'string')
      fail(`findBottleneck() must return a resource name, got ${describe(answer)}`);
    if (answer !== c.kind)
      fail(`you said ${describe(answer)}, but the dashboard shows: ${dashboard(s)}. Look again.`);
    return `${c.kind}: ${dashboard(s)}`;
  },
}));

export default defineChecks<Learner>({ exports: ['findBottleneck'], checks });
