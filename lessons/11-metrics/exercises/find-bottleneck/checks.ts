import { defineChecks, describe, fail, type CheckSpec } from 'archlab';
import {
  observe,
  system,
  type MetricsSnapshot,
  type Resource,
  type System,
} from '../../model/systems.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** The systems, in a fixed order that does not give the answers away. */
const CASES: readonly { kind: Resource; variant: number; seed: number; refuses?: boolean }[] = [
  { kind: 'database', variant: 0, seed: 11 },
  { kind: 'memory', variant: 1, seed: 12 },
  { kind: 'none', variant: 1, seed: 13 },
  { kind: 'network', variant: 1, seed: 14 },
  { kind: 'cpu', variant: 0, seed: 15 },
  { kind: 'external-api', variant: 0, seed: 16 },
  { kind: 'memory', variant: 0, seed: 17 },
  { kind: 'cpu', variant: 1, seed: 18 },
  // Healthy with 96 % of its RAM in use (caches): full RAM alone is not a memory bottleneck.
  { kind: 'none', variant: 2, seed: 19 },
  // CPU past its capacity with a short queue: it refuses requests, so errors are not the API's.
  { kind: 'cpu', variant: 1, seed: 20, refuses: true },
];

/** The system of a case; `refuses` turns the CPU system into one that sheds load at 105 %. */
function build(c: (typeof CASES)[number]): System {
  const sys = system(c.kind, c.refuses ? 1.1 : 1, c.variant, 10_000);
  if (!c.refuses) return sys;
  const [server] = sys.scenario.servers;
  return { ...sys, scenario: { ...sys.scenario, servers: [{ ...server!, queueCapacity: 30 }] } };
}

const snapshots: (MetricsSnapshot | undefined)[] = [];
const snapshotOf = (i: number): MetricsSnapshot =>
  (snapshots[i] ??= observe(build(CASES[i]!), CASES[i]!.seed).snap);

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The dashboard in one line, as the learner would read it. */
function dashboard(s: MetricsSnapshot): string {
  return (
    `CPU ${pct(s.cpuUtilisation)} (iowait ${pct(s.ioWait)}), RAM ${Math.round(s.memoryUsedMb)} of ${s.memoryLimitMb} MB, ` +
    `swap ${Math.round(s.swapUsedMb)} MB, ${Math.round(s.majorFaultsPerSec)} major faults/s, ` +
    `network ${s.networkOutMbps.toFixed(1)} of ${s.networkLimitMbps} Mbit/s, ` +
    `database ${pct(s.databaseUtilisation)} busy, API calls refused ${pct(s.apiRateLimitedRatio)}, ` +
    `p95 ${Math.round(s.latencyP95Ms)} ms, errors ${pct(s.errorRate)}`
  );
}

/** The idea to revisit, computed from the learner's answer and what the dashboard shows. */
function idea(answer: string, s: MetricsSnapshot): string {
  const paging = s.majorFaultsPerSec > 0 && s.swapUsedMb > 0;
  if (answer === 'memory' && !paging)
    return `RAM ${pct(s.memoryUsedMb / s.memoryLimitMb)} full without swap or page-ins is memory doing its job (caches); a server short of memory pages.`;
  if (answer !== 'memory' && paging)
    return `${Math.round(s.majorFaultsPerSec)} page-ins per second from swap: requests wait on the disk, which shows as iowait (${pct(s.ioWait)}), not as CPU busy (${pct(s.cpuUtilisation)}).`;
  const shares: [string, number][] = [
    ['cpu', s.cpuUtilisation],
    ['network', s.networkOutMbps / s.networkLimitMbps],
    ['database', s.databaseUtilisation],
  ];
  const [top, share] = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  const refused = s.apiRateLimitedRatio;
  const said = shares.find(([name]) => name === answer);
  if (answer === 'external-api' && refused === 0)
    return `The provider refused none of the calls (0 %)${s.errorRate > 0 ? `: the ${pct(s.errorRate)} errors come from elsewhere, here ${top} at ${pct(share)} of its capacity` : ''}.`;
  if (said && said[1] < 0.85)
    return `${answer} is at ${pct(said[1])} of its capacity, not near 100 %${share >= 0.85 ? `; ${top} is at ${pct(share)}` : refused > 0.1 ? `; the provider refused ${pct(refused)} of the API calls` : ': when nothing is near its capacity, the system is healthy'}.`;
  if (answer === 'none')
    return share >= 0.85
      ? `${top} is at ${pct(share)} of its capacity: a resource that full is the bottleneck.`
      : `The provider refused ${pct(refused)} of the API calls: at its limit for you, whatever your machines show.`;
  return 'Compare each resource with its own capacity, and look for the one near 100 %.';
}

const checks: CheckSpec<Learner>[] = CASES.map((c, i) => ({
  name: `System ${i + 1}: name the bottleneck`,
  run: (learner: Learner) => {
    const s = snapshotOf(i);
    const answer: unknown = learner.findBottleneck({ ...s });
    if (typeof answer !== 'string')
      fail(`findBottleneck() must return a resource name, got ${describe(answer)}`);
    if (answer !== c.kind)
      fail(
        `you said ${describe(answer)}, but the dashboard shows: ${dashboard(s)}. ${idea(answer, s)}`,
      );
    return `${c.kind}: ${dashboard(s)}`;
  },
}));

export default defineChecks<Learner>({ exports: ['findBottleneck'], checks });
