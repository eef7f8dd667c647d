import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  logLevels,
  simulate,
  type LogRecord,
  type SimResult,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');
/** ISO 8601 date and time in UTC: a T between them, and Z (or +00:00) for the zone. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$/;

/** A shop whose payment provider fails now and then, and for 3 s in a row; every line is kept. */
function run(): SimResult {
  return simulate(
    {
      durationMs: 20_000,
      resolutionMs: 1000,
      traffic: {
        kind: 'poisson',
        ratePerSec: 60,
        requestTypes: [
          { name: 'browse', weight: 8 },
          { name: 'checkout', weight: 2, cost: 3 },
        ],
      },
      servers: [
        { name: 'web1', cores: 2, serviceTime: { kind: 'exponential', mean: 10 } },
        { name: 'web2', cores: 2, serviceTime: { kind: 'exponential', mean: 10 } },
      ],
      externalApi: {
        latencyMs: { kind: 'lognormal', median: 40, sigma: 0.5 },
        errorRate: 0.03,
        retry: { maxAttempts: 2, baseDelayMs: 20, jitter: 'none' },
        outages: [{ atMs: 12_000, durationMs: 3000, mode: 'error' }],
      },
      logs: { mode: 'local', minLevel: 'info', keepRecords: 100_000 },
    },
    { seed: 8 },
  );
}

let cache: SimResult | undefined;
const result = () => (cache ??= run());

/** A record no engine run writes, with the characters that break naive log lines. */
const tricky: LogRecord = {
  tMs: 1234.5,
  level: 'error',
  requestId: 77,
  server: 'web2',
  message: 'failed: upstream said "card declined"\nand closed the connection',
};

/** Records of each kind the engine writes, including one this run has none of (a drop). */
const samples: LogRecord[] = [
  { tMs: 2000, level: 'info', requestId: 5, server: 'web1', message: 'ok checkout in 1234 ms' },
  { tMs: 2100, level: 'error', requestId: 6, server: 'web1', message: 'dropped: queue-full' },
  { tMs: 2200, level: 'error', requestId: 7, server: 'web2', message: 'failed: api-timeout' },
  {
    tMs: 2300,
    level: 'warn',
    requestId: 8,
    server: 'web2',
    message: 'payments attempt 1 error; retry in 57 ms',
  },
];

/** Format and parse one record, failing with the line when it is not one JSON object. */
function parse(learner: Learner, record: LogRecord): Record<string, unknown> {
  const line: unknown = learner.formatLine(record);
  if (typeof line !== 'string') fail(`formatLine() must return a string, got ${describe(line)}`);
  expectTrue(
    !line.includes('\n'),
    `a log line must not contain a newline (the log service would see two lines): ${describe(line)}`,
  );
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    fail(`not JSON, so the log service cannot index its fields: ${describe(line)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`a structured line is one JSON object, got ${describe(line)}`);
  return value as Record<string, unknown>;
}

export default defineChecks<Learner>({
  exports: ['formatLine'],
  checks: [
    {
      name: 'Every line is one JSON object, even for a message with quotes and a newline',
      run: (learner) => {
        const records = result().logs;
        for (const r of [tricky, ...records]) parse(learner, r);
        const back = parse(learner, tricky);
        expectTrue(
          back['msg'] === tricky.message,
          `the message should come back unchanged in "msg", got ${describe(back['msg'])}`,
        );
        return `${records.length + 1} lines, each one parseable JSON object`;
      },
    },
    {
      name: 'Each line carries time (ISO 8601), level, server and requestId',
      run: (learner) => {
        for (const r of result().logs) {
          const o = parse(learner, r);
          // Date.parse alone accepts "2026-11-25 09:00:00.087" as *local* time: it passes in a
          // UTC sandbox and fails in another zone. Require the ISO 8601 form with a UTC zone.
          const iso = typeof o['time'] === 'string' && ISO_UTC.test(o['time']);
          const t = iso ? Date.parse(o['time'] as string) : NaN;
          const want = new Date(RUN_STARTED_AT + r.tMs).toISOString();
          expectTrue(
            Number.isFinite(t) && Math.abs(t - (RUN_STARTED_AT + r.tMs)) <= 1,
            `time: expected an ISO 8601 string in UTC such as ${want}, got ` +
              `${describe(o['time'])}` +
              (typeof o['time'] === 'string' && !iso
                ? ': it needs the form YYYY-MM-DDTHH:MM:SS(.sss) and the zone (Z for UTC), or a reader takes it for local time'
                : ''),
          );
          expectTrue(
            typeof o['level'] === 'string' && logLevels.includes(o['level'] as LogRecord['level']),
            `level: expected ${describe(r.level)}, got ${describe(o['level'])}`,
          );
          expectTrue(
            o['level'] === r.level && o['server'] === r.server && o['requestId'] === r.requestId,
            `level, server, requestId: expected ${describe([r.level, r.server, r.requestId])}, got ${describe([o['level'], o['server'], o['requestId']])}`,
          );
        }
        return 'every line can be filtered by time, level, server and request id';
      },
    },
    {
      name: 'Fields a query can use: durationMs on successes, error on failures',
      run: (learner) => {
        let ok = 0;
        let failed = 0;
        for (const r of [...samples, ...result().logs]) {
          const o = parse(learner, r);
          const m = /^ok \S+ in (\d+) ms$/.exec(r.message);
          if (m) {
            ok++;
            expectTrue(
              o['durationMs'] === Number(m[1]),
              `"${r.message}": expected durationMs ${m[1]} (a number), got ${describe(o['durationMs'])}`,
            );
          } else
            expectTrue(
              typeof o['durationMs'] !== 'number',
              `"${r.message}" is not a finished request, but its line has durationMs ` +
                `${describe(o['durationMs'])}: a p95(durationMs) query would count it as one`,
            );
          const f = /^(?:failed|dropped): (.+)$/s.exec(r.message);
          if (f) {
            failed++;
            expectTrue(
              o['error'] === f[1],
              `"${r.message}": expected error ${describe(f[1])}, got ${describe(o['error'])}`,
            );
          } else
            expectTrue(
              typeof o['error'] !== 'string',
              `"${r.message}" is not a failure, but its line has error ${describe(o['error'])}: ` +
                'an error query would count it',
            );
        }
        return `${ok} successes with durationMs, ${failed} failures with error`;
      },
    },
    {
      name: 'A query over your lines agrees with the metrics',
      run: (learner, { chart }) => {
        const r = result();
        const lines = r.logs.map((rec) => parse(learner, rec));
        const durations = lines
          .map((o) => o['durationMs'])
          .filter((d): d is number => typeof d === 'number')
          .sort((a, b) => a - b);
        const errors = lines.filter((o) => typeof o['error'] === 'string');
        const p95 = durations[Math.ceil(0.95 * durations.length) - 1] ?? NaN;
        const engineP95 = r.summary.latencyMs.p95;
        const engineErrors = r.summary.failed + r.summary.dropped;
        const perSecond = new Array<number>(20).fill(0);
        for (const o of errors) {
          const t = (Date.parse(String(o['time'])) - RUN_STARTED_AT) / 1000;
          if (t >= 0 && t < 20) perSecond[Math.floor(t)]!++;
        }
        chart({
          title: 'Errors per second: a query over your log lines vs the metrics',
          xLabel: 'Simulated time (s)',
          yLabel: 'Errors per second',
          kind: 'line',
          lines: [
            {
              label: 'count of lines with an error field',
              points: perSecond.map((n, i) => [i, n]),
            },
            { label: 'errors metric', points: r.series.metrics.errors.map((n, i) => [i, n]) },
          ],
        });
        expectTrue(
          errors.length === engineErrors,
          `lines with an error field: ${errors.length}; the engine counted ${engineErrors} failed requests`,
        );
        // Durations are rounded to whole ms in the message, and the metric's p95 comes from a
        // histogram with about 1 % relative error: allow 3 %.
        expectTrue(
          Math.abs(p95 - engineP95) <= 0.03 * engineP95 + 1,
          `p95 of durationMs over your lines: ${p95} ms; the latency metric says ${engineP95.toFixed(0)} ms`,
        );
        return `${errors.length} errors and a p95 of ${p95} ms, as the metrics say`;
      },
    },
  ],
});
