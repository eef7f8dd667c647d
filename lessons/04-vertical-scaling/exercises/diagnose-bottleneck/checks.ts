import {
  defineChecks,
  describe,
  expectTrue,
  machineSize,
  simulate,
  type MachineSize,
  type SimResult,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Diagnosis = Solution.Diagnosis;

interface Incident {
  label: string;
  size: string;
  ratePerSec: number;
  app: 'api' | 'checkout';
  onMemoryExhausted?: 'swap' | 'crash';
  /** What the machine is short of, by construction of the scenario. */
  truth: Diagnosis;
}

const INCIDENTS: Incident[] = [
  { label: 'API on small, 110 req/s', size: 'small', ratePerSec: 110, app: 'api', truth: 'cpu' },
  { label: 'API on medium, 100 req/s', size: 'medium', ratePerSec: 100, app: 'api', truth: 'ok' },
  {
    label: 'Checkout on small, 150 req/s',
    size: 'small',
    ratePerSec: 150,
    app: 'checkout',
    truth: 'memory',
  },
  {
    label: 'Checkout on large, 200 req/s',
    size: 'large',
    ratePerSec: 200,
    app: 'checkout',
    truth: 'ok',
  },
  { label: 'API on large, 500 req/s', size: 'large', ratePerSec: 500, app: 'api', truth: 'cpu' },
  {
    label: 'Checkout on micro, 40 req/s',
    size: 'micro',
    ratePerSec: 40,
    app: 'checkout',
    truth: 'memory',
  },
  {
    label: 'Checkout on medium, 300 req/s, OOM killer',
    size: 'medium',
    ratePerSec: 300,
    app: 'checkout',
    onMemoryExhausted: 'crash',
    truth: 'memory',
  },
];

/** 10 s of an incident; the app's needs are those of the chapter's simulation. */
function record(i: Incident): SimResult {
  const app =
    i.app === 'api'
      ? { cpuMs: 20, baseMemoryMb: 400, memoryPerRequestMb: 4 }
      : { cpuMs: 10, baseMemoryMb: 500, memoryPerRequestMb: 100 };
  return simulate(
    {
      durationMs: 10_000,
      resolutionMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: i.ratePerSec },
      servers: [
        {
          size: i.size,
          serviceTime: { kind: 'exponential', mean: app.cpuMs },
          queueCapacity: 500,
          baseMemoryMb: app.baseMemoryMb,
          memoryPerRequestMb: app.memoryPerRequestMb,
          onMemoryExhausted: i.onMemoryExhausted ?? 'swap',
          restartMs: 5000,
          blockingIo: false,
        },
      ],
      ...(i.app === 'checkout'
        ? {
            database: {
              queryTimeMs: { kind: 'lognormal', median: 300, sigma: 0.25 },
              capacity: 100_000,
              poolSize: 100_000,
            },
          }
        : {}),
    },
    { seed: 17 },
  );
}

let recorded: SimResult[] | undefined;
const incidents = () => (recorded ??= INCIDENTS.map(record));

/** What the monitoring showed, in one line. */
function signals(r: SimResult, i: Incident): string {
  const s = r.summary;
  return (
    `CPU busy ${(s.utilisation * 100).toFixed(0)} % (iowait ${(s.ioWait * 100).toFixed(0)} %), ` +
    `memory wanted up to ${Math.round(Math.max(...r.series.metrics.memoryMb))} of ${machineSize(i.size).memoryMb} MB, ` +
    `${Math.round(s.majorFaultsPerSec)} major faults/s, ${s.servers[0]!.crashes} crash(es), p95 ${Math.round(s.latencyMs.p95)} ms`
  );
}

function answer(learner: Learner, r: SimResult, m: MachineSize): unknown {
  // Each call gets its own copy, so a diagnosis that modifies its input changes nothing else.
  return learner.diagnose(structuredClone(r), m);
}

export default defineChecks<Learner>({
  exports: ['diagnose'],
  checks: [
    {
      name: 'Recognises a machine that is short of CPU',
      run: (learner) => {
        const results = incidents();
        INCIDENTS.forEach((i, k) => {
          if (i.truth !== 'cpu') return;
          const r = results[k]!;
          const got = answer(learner, r, machineSize(i.size));
          expectTrue(
            got === 'cpu',
            `${i.label}: ${signals(r, i)}: expected 'cpu' (busy cores, no paging), got ${describe(got)}`,
          );
        });
        return 'both CPU-bound incidents: cpu';
      },
    },
    {
      name: 'Recognises a machine that is short of memory, though its CPU looks idle',
      run: (learner, { chart }) => {
        const results = incidents();
        const k = INCIDENTS.findIndex((i) => i.truth === 'memory');
        const r = results[k]!;
        const ram = machineSize(INCIDENTS[k]!.size).memoryMb;
        const secs = r.series.t.map((t) => t / 1000);
        chart({
          title: `${INCIDENTS[k]!.label}: CPU, iowait and memory (%)`,
          xLabel: 'simulated time (s)',
          yLabel: '% of the machine',
          kind: 'line',
          lines: [
            {
              label: 'CPU busy',
              points: r.series.metrics.utilisation.map((u, j) => [secs[j]!, u * 100] as const),
            },
            {
              label: 'iowait',
              points: r.series.metrics.ioWait.map((u, j) => [secs[j]!, u * 100] as const),
            },
            {
              label: 'memory wanted (% of RAM)',
              points: r.series.metrics.memoryMb.map(
                (mb, j) => [secs[j]!, (mb / ram) * 100] as const,
              ),
            },
          ],
        });
        INCIDENTS.forEach((i, j) => {
          if (i.truth !== 'memory') return;
          const rr = results[j]!;
          const got = answer(learner, rr, machineSize(i.size));
          expectTrue(
            got === 'memory',
            `${i.label}: ${signals(rr, i)}: expected 'memory', got ${describe(got)}. ${
              rr.summary.servers[0]!.crashes > 0
                ? 'An out-of-memory kill empties memory: count the crashes.'
                : 'A paging machine waits on its disk: its CPU is mostly idle (iowait), not busy.'
            }`,
          );
        });
        return 'both paging machines and the one killed for lack of memory: memory';
      },
    },
    {
      name: 'Does not cry wolf on a healthy machine',
      run: (learner) => {
        const results = incidents();
        INCIDENTS.forEach((i, k) => {
          if (i.truth !== 'ok') return;
          const r = results[k]!;
          const got = answer(learner, r, machineSize(i.size));
          expectTrue(
            got === 'ok',
            `${i.label}: ${signals(r, i)}: expected 'ok' (nothing near its limit), got ${describe(got)}`,
          );
        });
        return 'both healthy machines: ok';
      },
    },
  ],
});
