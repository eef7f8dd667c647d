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
import { API, CHECKOUT, machineScenario } from '../../model/machine.ts';

type Learner = typeof Solution;
type Diagnosis = Solution.Diagnosis;

/** What one request needs; Product API and Checkout are the chapter's, the others reach more cases. */
const APPS = {
  api: API,
  checkout: CHECKOUT,
  // A large in-memory cache: RAM about 90 % full all the time, and healthy.
  catalogue: { cpuMs: 20, waitMs: 0, baseMemoryMb: 7400, memoryPerRequestMb: 4 },
  // CPU-heavy and memory-heavy requests that wait on the database.
  reports: { cpuMs: 40, waitMs: 300, baseMemoryMb: 400, memoryPerRequestMb: 90 },
} as const;

interface Incident {
  label: string;
  size: string;
  ratePerSec: number;
  app: keyof typeof APPS;
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
  // RAM 91 % full, never paging: full RAM alone is not a shortage.
  {
    label: 'Catalogue on medium, 150 req/s',
    size: 'medium',
    ratePerSec: 150,
    app: 'catalogue',
    truth: 'ok',
  },
  // CPU 91 % busy while up, and killed once for lack of memory: memory comes first.
  {
    label: 'Reports on small, 47 req/s, OOM killer',
    size: 'small',
    ratePerSec: 47,
    app: 'reports',
    onMemoryExhausted: 'crash',
    truth: 'memory',
  },
];

/** 10 s of an incident; the app's needs are those of the chapter's simulation. */
function record(i: Incident): SimResult {
  return simulate(
    machineScenario(i.size, APPS[i.app], {
      durationMs: 10_000,
      traffic: { kind: 'poisson', ratePerSec: i.ratePerSec },
      queueCapacity: 500,
      memory: { onMemoryExhausted: i.onMemoryExhausted ?? 'swap', restartMs: 5000 },
    }),
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

/** The idea behind the right answer, computed from what the learner said and what the run shows. */
function why(got: unknown, r: SimResult, i: Incident): string {
  const s = r.summary;
  const ram = machineSize(i.size).memoryMb;
  const peak = Math.max(...r.series.metrics.memoryMb);
  const crashes = s.servers[0]!.crashes;
  const cpu = `${(s.utilisation * 100).toFixed(0)} %`;
  if (i.truth === 'memory' && crashes > 0)
    return `The process was killed ${crashes} time(s) for lack of memory and restarted empty: count result.summary.servers[0].crashes${got === 'cpu' ? `; a busy CPU (${cpu}) does not explain a process that dies: memory comes first` : ''}.`;
  if (i.truth === 'memory')
    return `It wanted up to ${Math.round(peak)} MB with ${ram} MB of RAM, so it paged (${Math.round(s.majorFaultsPerSec)} major faults/s)${got === 'cpu' ? `: its CPU was only ${cpu} busy, the rest was iowait (${(s.ioWait * 100).toFixed(0)} %) — waiting on the disk, not computing` : ''}.`;
  if (i.truth === 'cpu')
    return `Its cores were ${cpu} busy and memory stayed within RAM (${Math.round(peak)} of ${ram} MB, no page-ins): the CPU is what it is short of.`;
  if (got === 'memory')
    return `Memory peaked at ${Math.round(peak)} of ${ram} MB (${((peak / ram) * 100).toFixed(0)} %) with no page-ins and no kill: RAM in use, even nearly full, is not a shortage; paging or a kill is.`;
  return `Its CPU was ${cpu} busy, below 90 %, and memory fitted (${Math.round(peak)} of ${ram} MB): nothing ran short.`;
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
            `${i.label}: ${signals(r, i)}: expected 'cpu', got ${describe(got)}. ${why(got, r, i)}`,
          );
        });
        return `all ${INCIDENTS.filter((i) => i.truth === 'cpu').length} CPU-bound incidents: cpu`;
      },
    },
    {
      name: 'Recognises a machine that is short of memory (paging or killed), whatever its CPU shows',
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
            `${i.label}: ${signals(rr, i)}: expected 'memory', got ${describe(got)}. ${why(got, rr, i)}`,
          );
        });
        const killed = INCIDENTS.filter(
          (i) => i.truth === 'memory' && i.onMemoryExhausted === 'crash',
        );
        const paged = INCIDENTS.filter((i) => i.truth === 'memory').length - killed.length;
        return `${paged} paging machines and ${killed.length} killed for lack of memory: memory`;
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
            `${i.label}: ${signals(r, i)}: expected 'ok', got ${describe(got)}. ${why(got, r, i)}`,
          );
        });
        return `all ${INCIDENTS.filter((i) => i.truth === 'ok').length} healthy machines: ok`;
      },
    },
  ],
});
