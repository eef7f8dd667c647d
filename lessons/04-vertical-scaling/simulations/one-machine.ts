/**
 * Chapter 4: one server of a catalogue size under a load ramp. Shows CPU and memory filling up,
 * paging (iowait, major faults) when RAM runs out, latency, drops and cost, and where every size
 * of the catalogue saturates.
 */
import { machineCatalogue, machineSize, simulate, type Scenario, type SimResult } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import {
  latencyOverTime,
  requestsPerSecond,
  timeline,
} from '../../../components/charts/timeline.ts';
import {
  API,
  CHECKOUT,
  cpuCapacity,
  machineScenario,
  memoryCapacity,
  type AppNeeds,
} from '../model/machine.ts';

/** A kind of application the learner can pick: its needs and a label for the menu. */
export interface Workload extends AppNeeds {
  label: string;
}

export const WORKLOADS = {
  api: { label: 'Product API: 20 ms of CPU, 4 MB per request (CPU-heavy)', ...API },
  checkout: {
    label: 'Checkout: 10 ms of CPU, then 300 ms waiting on the database, 100 MB per request',
    ...CHECKOUT,
  },
} as const satisfies Record<string, Workload>;

export type WorkloadName = keyof typeof WORKLOADS;

export const DURATION_MS = 60_000;
/** Requests waiting for a core beyond this are refused. */
export const QUEUE_CAPACITY = 500;

/** One machine of `size` under a rate ramping from 0 to `peakPerSec` over the run. */
export function scenario(
  size: string,
  w: AppNeeds,
  peakPerSec: number,
  onMemoryExhausted: 'swap' | 'crash',
  durationMs = DURATION_MS,
): Scenario {
  return machineScenario(size, w, {
    name: `${size} machine`,
    durationMs,
    traffic: { kind: 'poisson', ratePerSec: 0, ramp: { toPerSec: peakPerSec } },
    queueCapacity: QUEUE_CAPACITY,
    memory: { onMemoryExhausted, restartMs: 10_000 },
  });
}

/**
 * The arrival rate at which the run first went bad: p95 above 10 × the CPU time plus the wait,
 * or requests lost. NaN if it never did.
 */
export function saturationRate(result: SimResult, w: Workload): number {
  const m = result.series.metrics;
  const limit = 10 * w.cpuMs + 2 * w.waitMs;
  for (let i = 0; i < result.series.t.length; i++) {
    const p95 = m.latencyP95Ms[i] ?? NaN;
    if ((m.errors[i] ?? 0) > 0 || p95 > limit) return m.arrivalsPerSec[i] ?? NaN;
  }
  return NaN;
}

const asWorkload = (v: string): WorkloadName => (v === 'checkout' ? 'checkout' : 'api');

export default defineSimulation({
  title: 'One machine under a growing load',
  description:
    'Requests arrive at one server at a rate that grows steadily from zero to the peak you choose ' +
    'over 60 simulated seconds. Pick a machine size from the catalogue and a kind of application, ' +
    'and watch which runs out first: CPU or memory.',
  caption:
    'Each size keeps up until one resource is full, then latency shoots up and requests are lost. ' +
    'The Product API runs out of CPU first; Checkout holds 100 MB for every request that waits on ' +
    'the database, so it runs out of RAM long before its CPU is busy; then it pages to disk, and ' +
    'its CPU goes idle (iowait) while latency explodes. Every step up the catalogue doubles the ' +
    'cores, the memory and the price, so a Product API request costs the same on every size, until ' +
    'the largest size: above its capacity, vertical scaling has nothing more to offer.',
  seed: 4,
  prediction: {
    label: 'Load at which this machine goes bad',
    unit: 'req/s',
    min: 0,
    max: 100_000,
    figure: 'Went bad at (simulated)',
    formula: {
      name: "The first resource full: CPU at ρ = λ·S/(c·speed) = 1, RAM by Little's law λ = L/W",
      value: ({ size, workload }) => {
        const w = WORKLOADS[asWorkload(workload)];
        const name = machineSize(size).name;
        return Math.min(cpuCapacity(name, w), memoryCapacity(name, w));
      },
    },
    whyDiffer:
      'The formula gives the exact rate at which CPU or RAM is 100 % full, on average. The ' +
      'simulation calls the machine bad as soon as a request is lost or its p95 passes ten times ' +
      'the CPU time plus twice the database wait: random bursts usually get there before the ' +
      'average load reaches 100 %, though a fast ramp can carry a big machine a little past it ' +
      'before its queue catches up. If the peak you chose is below the formula’s answer, the run never goes bad and shows ' +
      'the peak instead. Another seed moves the bursts, and with them the simulated answer.',
  },
  compare: { series: 'Latency (ms)', line: 'p95' },
  runLabel: ({ size, workload, peak }) =>
    `${machineSize(size).name}, ${asWorkload(workload) === 'api' ? 'Product API' : 'Checkout'}, peak ${peak} req/s`,
  controls: [
    {
      kind: 'select',
      name: 'size',
      label: 'Machine size',
      default: 'medium',
      options: machineCatalogue.map((m) => ({
        value: m.name,
        label: `${m.name}: ${m.cores} core${m.cores > 1 ? 's' : ''}, ${m.memoryMb / 1024} GB, $${m.pricePerHour.toFixed(3)}/h`,
      })),
      help: 'Bigger sizes have more cores and more RAM, and cost more per hour.',
    },
    {
      kind: 'select',
      name: 'workload',
      label: 'Application',
      default: 'api',
      options: Object.entries(WORKLOADS).map(([value, w]) => ({ value, label: w.label })),
      help: 'What one request needs from the machine.',
    },
    {
      kind: 'slider',
      name: 'peak',
      label: 'Peak load',
      min: 20,
      max: 4000,
      step: 20,
      default: 300,
      unit: 'req/s',
      help: 'The arrival rate at the end of the run; it grows evenly from 0.',
    },
    {
      kind: 'select',
      name: 'onMemory',
      label: 'When RAM runs out',
      default: 'swap',
      options: [
        {
          value: 'swap',
          label: 'Swap (paging): requests wait on the disk for their pages, the CPU idles',
        },
        { value: 'crash', label: 'Out-of-memory kill: the process dies and restarts (10 s)' },
      ],
      help: 'What the operating system does when the application asks for more memory than there is.',
    },
  ],
  run(params, seed) {
    const w = WORKLOADS[asWorkload(params.workload)];
    const size = machineSize(params.size).name;
    const machine = machineSize(size);
    const onMemory = params.onMemory === 'crash' ? 'crash' : 'swap';
    const result = simulate(scenario(size, w, params.peak, onMemory), { seed });
    const { series, summary } = result;
    const tl = timeline(series);
    const line = tl.line;
    const m = series.metrics;
    const memoryPercent = m.memoryMb.map((mb) => (mb / machine.memoryMb) * 100);
    const sizes = machineCatalogue.map((s) => s.name);
    const saturation = saturationRate(result, w);

    const charts: Series[] = [
      tl.chart('CPU and memory in use (%)', '% of the machine', [
        line('CPU busy (%)', m.utilisation, 100),
        line('Memory wanted (% of RAM)', memoryPercent),
        line('iowait (% of CPU time)', m.ioWait, 100),
      ]),
      tl.chart('Paging: page-ins from swap (major faults per second)', 'Major faults per second', [
        line('Major faults/s', m.majorFaultsPerSec),
      ]),
      latencyOverTime(tl, series, { title: 'Latency (ms)' }),
      requestsPerSecond(tl, series, { title: 'Requests per second: arriving, answered, lost' }),
      {
        title: 'Where each size saturates (req/s), and its price',
        xLabel: 'Machine size',
        yLabel: 'Requests per second · cents per hour',
        kind: 'bar',
        categories: sizes,
        lines: [
          {
            label: 'CPU full at (req/s)',
            points: sizes.map((s, i) => [i, cpuCapacity(s, w)] as const),
          },
          {
            label: 'RAM full at (req/s)',
            points: sizes.map((s, i) => [i, memoryCapacity(s, w)] as const),
          },
          {
            label: 'Price (cents per hour)',
            points: machineCatalogue.map((s, i) => [i, s.pricePerHour * 100] as const),
          },
        ],
      },
    ];
    const capacity = Math.min(cpuCapacity(size, w), memoryCapacity(size, w));
    return {
      ...earlyStop(result),
      figures: [
        { label: 'CPU full at', value: cpuCapacity(size, w), unit: 'req/s' },
        { label: 'RAM full at', value: memoryCapacity(size, w), unit: 'req/s' },
        {
          label: 'Went bad at (simulated)',
          value: Number.isNaN(saturation) ? params.peak : saturation,
          unit: Number.isNaN(saturation) ? 'req/s (never, up to the peak)' : 'req/s',
        },
        { label: 'Latency p95, whole run', value: summary.latencyMs.p95, unit: 'ms' },
        { label: 'Major faults, whole run', value: summary.majorFaultsPerSec, unit: '/s' },
        {
          label: 'Lost requests',
          value:
            summary.arrived > 0 ? ((summary.dropped + summary.failed) / summary.arrived) * 100 : 0,
          unit: '%',
          digits: 1,
        },
        { label: 'Price', value: machine.pricePerHour, unit: '$/hour', digits: 3 },
        {
          label: 'Price per 1,000 req/s of capacity',
          value: capacity > 0 ? (machine.pricePerHour / capacity) * 1000 : 0,
          unit: '$/hour',
          digits: 3,
        },
      ],
      series: charts,
    };
  },
});
