/**
 * Chapter 5: a fleet of small servers behind a load balancer; one or two crash mid-run and the
 * others take over. Also: one big machine against many small ones of the same total size.
 */
import { machineSize, simulate, type Scenario, type SimResult } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { latencyOverTime, timeline } from '../../../components/charts/timeline.ts';
import { utilisation } from '../../../engine/theory/queueing.ts';
import { fleetScenario } from '../model/fleet.ts';

/** CPU time of one request, ms (the Product API of chapter 4). */
export const CPU_MS = 20;
export const DURATION_MS = 40_000;
/** Cores of one small server. */
const CORES_PER_SERVER = 2;
const CRASH_AT_MS = 15_000;
const CRASH_FOR_MS = 15_000;
/** Fleets of equal total size (16 cores) for the big-vs-small comparison. */
export const EQUAL_FLEETS = [
  { size: 'xlarge', count: 1 },
  { size: 'large', count: 2 },
  { size: 'medium', count: 4 },
  { size: 'small', count: 8 },
  { size: 'micro', count: 16 },
] as const;

/** `count` servers of `size`; the first `failing` of them crash at 15 s and are back at 30 s. */
export function scenario(
  size: string,
  count: number,
  ratePerSec: number,
  failing: number,
  durationMs = DURATION_MS,
): Scenario {
  return fleetScenario({
    name: `${count} × ${size}`,
    count,
    named: true,
    server: { size },
    cpuMs: CPU_MS,
    queueCapacity: 200,
    traffic: { kind: 'poisson', ratePerSec },
    durationMs,
    warmupMs: 1000,
    crash: { servers: failing, atMs: CRASH_AT_MS, downMs: CRASH_FOR_MS },
    loadBalancer: {
      strategy: 'round-robin',
      healthCheck: { intervalMs: 1000, unhealthyThreshold: 2, healthyThreshold: 2 },
    },
  });
}

const lostPercent = (r: SimResult) =>
  r.summary.arrived > 0 ? ((r.summary.dropped + r.summary.failed) / r.summary.arrived) * 100 : 0;

export default defineSimulation({
  title: 'A fleet of small servers, and a crash',
  description:
    `Requests arrive at random for ${DURATION_MS / 1000} simulated seconds at a load balancer in ` +
    'front of a fleet of small servers (2 cores each, 100 requests per second at full load). ' +
    'Choose how many servers and how much traffic; optionally one or two of them crash at 15 s ' +
    'and come back at 30 s. Below, fleets of the same total size compare one big machine with ' +
    'many small ones.',
  caption:
    'When a server crashes, the requests it was working on fail, the load balancer stops sending ' +
    'to it within about two seconds, and the others take its share. If they have the headroom, ' +
    'they get busier and latency rises moderately (at the defaults p95 by about half while the ' +
    'server is down); if they do not, they overflow too. Many small machines lose only a small ' +
    'part of their capacity when one fails; the single big machine loses everything, but its one ' +
    'shared queue gives it the lowest latency. The prices come from this course’s catalogue, ' +
    'which, like on-demand prices within an instance family, charges the same per core at every ' +
    'size: the same 16 cores cost the same however they are split.',
  seed: 5,
  prediction: {
    label: 'Average utilisation of the fleet',
    unit: '%',
    min: 0,
    max: 100,
    figure: 'Utilisation (measured)',
    formula: {
      name: 'ρ = λ / (c·μ), with c = servers × 2 cores and μ = 1000 / 20 ms = 50 req/s per core',
      value: ({ servers, rate }) => {
        const rho = utilisation(rate, CPU_MS, servers * CORES_PER_SERVER);
        // Above 1 the fleet is overloaded: busy all the time, the rest is refused.
        return Math.min(1, rho) * 100;
      },
    },
    whyDiffer:
      'The formula assumes every server is up for the whole run and every request is answered. A ' +
      'crash takes servers away for 15 of the 40 seconds: the requests they held are lost, and the ' +
      'others do the work meanwhile, so the fleet’s average hardly moves unless they overflow and refuse ' +
      'requests. The simulation also skips the first second and samples random arrivals from the ' +
      'seed, so it lands a little above or below the formula.',
  },
  compare: { series: 'Latency over time (ms)', line: 'p95' },
  runLabel: ({ servers, rate, failing }) =>
    `${servers} server${servers === 1 ? '' : 's'}, ${rate} req/s, ${failing === '0' ? 'no failure' : `${failing} down`}`,
  controls: [
    {
      kind: 'slider',
      name: 'servers',
      label: 'Servers',
      min: 1,
      max: 12,
      step: 1,
      default: 4,
      help: 'Small machines (2 cores, 4 GB) behind the load balancer.',
    },
    {
      kind: 'slider',
      name: 'rate',
      label: 'Traffic',
      min: 20,
      max: 1200,
      step: 20,
      default: 240,
      unit: 'req/s',
      help: `Each request needs ${CPU_MS} ms of CPU: one server answers at most 100 per second.`,
    },
    {
      kind: 'select',
      name: 'failing',
      label: 'Failure',
      default: '1',
      options: [
        { value: '0', label: 'No failure' },
        { value: '1', label: 'One server crashes at 15 s, back at 30 s' },
        { value: '2', label: 'Two servers crash at 15 s, back at 30 s' },
      ],
      help: 'Crashed servers lose the requests they hold and answer nothing until they are back.',
    },
  ],
  run(params, seed) {
    const count = params.servers;
    const failing = Math.min(count, Number(params.failing) || 0);
    const result = simulate(scenario('small', count, params.rate, failing), { seed });
    const { series, summary } = result;
    const tl = timeline(series);
    const price = machineSize('small').pricePerHour;

    // One big machine against many small ones: the same 16 cores, 60 % of their capacity.
    const equalRate = ((16 * 1000) / CPU_MS) * 0.6;
    const equal = EQUAL_FLEETS.map((f) =>
      simulate(scenario(f.size, f.count, equalRate, 0, 10_000), { seed }),
    );
    const labels = EQUAL_FLEETS.map((f) => `${f.count} × ${f.size}`);

    const charts: Series[] = [
      tl.chart(
        'Requests per second answered by each server',
        'Requests per second',
        series.servers.map((s) => tl.line(s.name, s.metrics.throughputPerSec)),
      ),
      latencyOverTime(tl, series, { title: 'Latency over time (ms)' }),
      tl.chart('Servers up and requests lost', 'Servers · requests per second', [
        tl.line('Servers up', series.metrics.serversUp),
        tl.perSecond('Lost per second', series.metrics.errors),
      ]),
      {
        title: 'Same 16 cores, one big or many small: price and what a failure leaves',
        xLabel: 'Fleet',
        yLabel: 'Cents per hour · % of capacity',
        kind: 'bar',
        categories: labels,
        lines: [
          {
            label: 'Price (cents per hour)',
            points: EQUAL_FLEETS.map(
              (f, i) => [i, machineSize(f.size).pricePerHour * f.count * 100] as const,
            ),
          },
          {
            label: 'Capacity left with one machine down (%)',
            points: EQUAL_FLEETS.map((f, i) => [i, ((f.count - 1) / f.count) * 100] as const),
          },
        ],
      },
      {
        title: `Same 16 cores at ${equalRate} req/s: latency (ms)`,
        xLabel: 'Fleet',
        yLabel: 'Latency (ms)',
        kind: 'bar',
        categories: labels,
        lines: [
          { label: 'p50', points: equal.map((r, i) => [i, r.summary.latencyMs.p50] as const) },
          { label: 'p95', points: equal.map((r, i) => [i, r.summary.latencyMs.p95] as const) },
        ],
      },
    ];
    return {
      ...earlyStop(result),
      figures: [
        { label: 'Fleet capacity', value: count * 100, unit: 'req/s' },
        {
          label: 'Load with everything up',
          value: (params.rate / (count * 100)) * 100,
          unit: '%',
        },
        {
          label: 'Load with the failed servers down',
          value: count > failing ? (params.rate / ((count - failing) * 100)) * 100 : 0,
          unit: count > failing ? '%' : '% (no server left)',
        },
        { label: 'Utilisation (measured)', value: summary.utilisation * 100, unit: '%', digits: 1 },
        { label: 'Latency p95', value: summary.latencyMs.p95, unit: 'ms' },
        { label: 'Lost requests', value: lostPercent(result), unit: '%', digits: 2 },
        { label: 'Fleet price', value: count * price, unit: '$/hour', digits: 3 },
      ],
      series: charts,
    };
  },
});
