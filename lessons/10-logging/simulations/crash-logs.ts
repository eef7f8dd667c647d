/**
 * Chapter 10: two servers write logs; web1 crashes halfway through the run. With local logs its disk
 * goes with it; with shipped logs only the lines still buffered in its memory are lost.
 */
import { simulate, type LogRecord, type Scenario } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';

/** Simulated length of a run. */
export const DURATION_MS = 40_000;
/** When web1 dies, and how long until its replacement is up. */
export const CRASH_AT_MS = 23_700;
export const DOWN_MS = 5_000;

/** The scenario one run simulates. */
export function scenario(
  mode: 'local' | 'shipped',
  ratePerSec: number,
  batchSize: number,
  flushIntervalMs: number,
  shipDelayMs: number,
): Scenario {
  return {
    name: 'crash with logs',
    durationMs: DURATION_MS,
    resolutionMs: 1000,
    traffic: { kind: 'poisson', ratePerSec },
    loadBalancer: { strategy: 'round-robin' },
    servers: [
      {
        name: 'web1',
        cores: 4,
        serviceTime: { kind: 'exponential', mean: 10 },
        crashes: [{ atMs: CRASH_AT_MS, downMs: DOWN_MS }],
      },
      { name: 'web2', cores: 4, serviceTime: { kind: 'exponential', mean: 10 } },
    ],
    // A flaky payment provider that fails outright in the seconds before the crash: the errors
    // an engineer would need to explain what happened.
    externalApi: {
      latencyMs: { kind: 'lognormal', median: 30, sigma: 0.4 },
      errorRate: 0.05,
      retry: { maxAttempts: 2, baseDelayMs: 20 },
      outages: [{ atMs: CRASH_AT_MS - 3000, durationMs: 4000, mode: 'error' }],
    },
    logs: { mode, batchSize, flushIntervalMs, shipDelayMs, keepRecords: 100_000 },
  };
}

/**
 * The lines that survive. The engine's `recent` list keeps a local line as soon as it is written,
 * so for local logs drop what the crashed server wrote before it died (its disk is gone).
 */
export function survivors(mode: 'local' | 'shipped', logs: readonly LogRecord[]): LogRecord[] {
  if (mode === 'shipped') return [...logs];
  return logs.filter((r) => !(r.server === 'web1' && r.tMs < CRASH_AT_MS));
}

const perSecond = (records: readonly LogRecord[]) => {
  const counts = new Array<number>(DURATION_MS / 1000).fill(0);
  for (const r of records) {
    const i = Math.floor(r.tMs / 1000);
    if (i >= 0 && i < counts.length) counts[i]!++;
  }
  return counts.map((n, i) => [i + 0.5, n] as const);
};

export default defineSimulation({
  title: 'A server crashes: which log lines survive?',
  description:
    'Two servers share the traffic and log every request (info), every failed payment (error) and ' +
    'every retry (warn). The payment provider starts failing 3 s before the crash. At ' +
    `${CRASH_AT_MS / 1000} s the server web1 crashes and is replaced ` +
    `${DOWN_MS / 1000} s later. Choose where the logs go: the server's own disk, or shipped in ` +
    'batches to an external log service.',
  caption:
    'Local logs: everything web1 wrote before the crash is gone with its disk, including the errors ' +
    'that would explain the crash. Shipped logs (a shipper inside the server process, buffering in ' +
    'memory): only the lines still waiting in web1’s buffer are lost, fewer than one batch and no ' +
    'more than were written since the last flush. Batches already on their way arrive even though ' +
    'the server is dead; the shipping delay only makes them arrive later.',
  seed: 8,
  controls: [
    {
      kind: 'select',
      name: 'mode',
      label: 'Where logs go',
      default: 'shipped',
      options: [
        { value: 'shipped', label: 'Shipped to a log service' },
        { value: 'local', label: 'Files on the server’s disk' },
      ],
      help: 'A replaced cloud server comes back with a fresh disk.',
    },
    {
      kind: 'slider',
      name: 'batchSize',
      label: 'Batch size',
      min: 1,
      max: 500,
      step: 1,
      default: 100,
      unit: 'lines',
      help: 'A full buffer is shipped at once.',
    },
    {
      kind: 'slider',
      name: 'flushIntervalMs',
      label: 'Flush interval',
      min: 100,
      max: 5000,
      step: 100,
      default: 1000,
      unit: 'ms',
      help: 'The buffer is shipped at least this often, full or not.',
    },
    {
      kind: 'slider',
      name: 'shipDelayMs',
      label: 'Shipping delay',
      min: 10,
      max: 2000,
      step: 10,
      default: 50,
      unit: 'ms',
      help: 'Time for a batch to travel to the log service.',
    },
    {
      kind: 'slider',
      name: 'ratePerSec',
      label: 'Traffic',
      min: 20,
      max: 200,
      step: 10,
      default: 80,
      unit: 'req/s',
      help: 'Requests per second over both servers; each writes at least one line.',
    },
  ],
  run(params, seed) {
    const mode = params.mode === 'local' ? 'local' : 'shipped';
    const result = simulate(
      scenario(
        mode,
        params.ratePerSec,
        params.batchSize,
        params.flushIntervalMs,
        params.shipDelayMs,
      ),
      { seed },
    );
    const logs = result.summary.logs!;
    const kept = survivors(mode, result.logs);
    // Local mode keeps every written line in `result.logs`, so it doubles as "what was written"
    // (same seed, same traffic: the log mode draws from its own random stream).
    const written =
      mode === 'local'
        ? result.logs
        : simulate(scenario('local', params.ratePerSec, 1, 1000, 10), { seed }).logs;
    const web1 = (rs: readonly LogRecord[]) => rs.filter((r) => r.server === 'web1');
    const beforeCrash = (rs: readonly LogRecord[]) =>
      rs.filter((r) => r.tMs >= CRASH_AT_MS - 5000 && r.tMs < CRASH_AT_MS);
    const lastSafe = web1(kept)
      .filter((r) => r.tMs < CRASH_AT_MS)
      .reduce((t, r) => Math.max(t, r.tMs), -Infinity);
    const blindMs = Number.isFinite(lastSafe) ? CRASH_AT_MS - lastSafe : CRASH_AT_MS;
    const errorsWritten = beforeCrash(web1(written)).filter((r) => r.level === 'error').length;
    const errorsKept = beforeCrash(web1(kept)).filter((r) => r.level === 'error').length;

    const series: Series[] = [
      {
        title: 'web1’s log lines per second',
        xLabel: 'Simulated time (s)',
        yLabel: 'Log lines per second',
        kind: 'line',
        lines: [
          { label: 'written by web1', points: perSecond(web1(written)) },
          { label: 'still readable after the crash', points: perSecond(web1(kept)) },
        ],
      },
      {
        title: 'Where the lines of the whole run ended up',
        xLabel: 'Fate',
        yLabel: 'Log lines',
        kind: 'bar',
        categories: ['written', 'safe', 'lost in the crash', 'still in transit at the end'],
        lines: [
          {
            label: mode === 'local' ? 'local disk' : 'shipped',
            points: [logs.written, logs.stored, logs.lost, logs.pending].map((n, i) => [i, n]),
          },
        ],
      },
    ];
    return {
      ...earlyStop(result),
      figures: [
        { label: 'Lines written', value: logs.written },
        { label: 'Lines lost in the crash', value: logs.lost },
        {
          label: 'Lost',
          value: logs.written > 0 ? (logs.lost / logs.written) * 100 : 0,
          unit: '%',
          digits: 1,
        },
        { label: 'Blind spot before the crash', value: blindMs, unit: 'ms' },
        { label: 'web1 errors in its last 5 s: written', value: errorsWritten },
        { label: 'web1 errors in its last 5 s: readable', value: errorsKept },
        { label: 'Batches shipped', value: logs.batches },
      ],
      series,
    };
  },
});
