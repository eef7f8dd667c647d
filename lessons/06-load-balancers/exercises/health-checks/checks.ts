import {
  checkHealthCheck,
  ConfigError,
  defineChecks,
  expectTrue,
  fail,
  simulate,
  type HealthCheckConfig,
  type HealthEvent,
  type SimResult,
} from 'archlab';
import { fleetCapacity, fleetScenario } from '../../model/fleet.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** mid crashes about 20 s in and is back about 35 s in (exactly: see `timeline`). */
const CRASH_NEAR_MS = 20_000;
const BACK_NEAR_MS = 35_000;
/** Below this interval the run is not simulated: the rule on probes fails it anyway. */
const MIN_SIMULATED_INTERVAL_MS = 100;

/**
 * The worst moments for the learner's own interval: 1 ms after a probe (probes fall at multiples
 * of intervalMs), so detection takes the full intervalMs × threshold and no lucky phase passes.
 */
function timeline(c: HealthCheckConfig): { crashMs: number; backMs: number } {
  // With a long interval the next probe may be far away: then stay near the planned moments.
  const afterProbe = (t: number) => {
    const at = Math.ceil(t / c.intervalMs) * c.intervalMs + 1;
    return at - t < 5000 ? at : t;
  };
  const crashMs = afterProbe(CRASH_NEAR_MS);
  return { crashMs, backMs: Math.max(afterProbe(BACK_NEAR_MS), crashMs + 1000) };
}
/** 50 % of the fleet's 400 requests/s, for 60 s. */
const RATE = fleetCapacity(20) / 2;

function config(learner: Learner): HealthCheckConfig {
  try {
    return checkHealthCheck(learner.healthCheck, 'healthCheck');
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

/** Least connections over four unequal servers; `mid` crashes about 20 s in and is back about 35 s in. */
function simulateWith(learner: Learner | null): SimResult {
  const c = learner ? config(learner) : null;
  if (c && c.intervalMs < MIN_SIMULATED_INTERVAL_MS) {
    fail(
      `intervalMs is ${c.intervalMs}: a probe every ${c.intervalMs} ms is ${Math.round(1000 / c.intervalMs)} probes per second to every server (not simulated). intervalMs is in milliseconds`,
    );
  }
  const { crashMs, backMs } = c ? timeline(c) : { crashMs: CRASH_NEAR_MS, backMs: BACK_NEAR_MS };
  return simulate(
    fleetScenario({
      strategy: 'least-connections',
      ratePerSec: RATE,
      durationMs: 60_000,
      extra: (s) =>
        s.name === 'mid' ? { crashes: [{ atMs: crashMs, downMs: backMs - crashMs }] } : {},
      ...(c ? { healthCheck: c } : {}),
    }),
    { seed: 11 },
  );
}

/** One run per learner module (the checks share it) and one without health checks. */
const runs = new WeakMap<Learner, SimResult>();
let withoutChecks: SimResult | undefined;
function run(learner: Learner | null): SimResult {
  if (learner === null) return (withoutChecks ??= simulateWith(null));
  let r = runs.get(learner);
  if (!r) runs.set(learner, (r = simulateWith(learner)));
  return r;
}

function midEvent(r: SimResult, healthy: boolean, after: number): HealthEvent | undefined {
  return r.health.find((h) => h.server === 'mid' && h.healthy === healthy && h.tMs >= after);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default defineChecks<Learner>({
  exports: ['healthCheck'],
  checks: [
    {
      name: 'Probes at most twice a second, and never takes a server out on one failed probe',
      run: (learner) => {
        const c = config(learner);
        expectTrue(
          c.intervalMs >= 500,
          `intervalMs is ${c.intervalMs}: the operations team allows a probe every 500 ms at most (each probe costs every server work)`,
        );
        expectTrue(
          c.unhealthyThreshold >= 2,
          `unhealthyThreshold is ${c.unhealthyThreshold}: a single lost probe (a dropped packet) would take a healthy server out`,
        );
        return `a probe every ${c.intervalMs} ms; out after ${c.unhealthyThreshold} failures, back after ${c.healthyThreshold} successes`;
      },
    },
    {
      name: 'Stops sending to the crashed server within 2 s',
      run: (learner) => {
        const r = run(learner);
        const c = config(learner);
        const { crashMs } = timeline(c);
        const out = midEvent(r, false, crashMs);
        if (!out) fail(`mid crashed at ${seconds(crashMs)} and was never taken out of the group`);
        const delay = out.tMs - crashMs;
        expectTrue(
          delay <= 2000,
          `mid crashed at ${seconds(crashMs)}, just after a probe, and was taken out at ${seconds(out.tMs)}, ${seconds(delay)} later; the target is 2 s. A crash right after a probe goes unnoticed for about intervalMs × unhealthyThreshold = ${c.intervalMs} × ${c.unhealthyThreshold} = ${seconds(c.intervalMs * c.unhealthyThreshold)}`,
        );
        return `taken out ${seconds(delay)} after the crash`;
      },
    },
    {
      name: 'Sends to it again within 2 s of its recovery',
      run: (learner) => {
        const r = run(learner);
        const c = config(learner);
        const { backMs } = timeline(c);
        const back = midEvent(r, true, backMs);
        if (!back)
          fail(
            `mid was back up at ${seconds(backMs)} but never put back in the group before the run ended at 60 s`,
          );
        const delay = back.tMs - backMs;
        expectTrue(
          delay <= 2000,
          `mid was back up at ${seconds(backMs)}, just after a probe, and got traffic again at ${seconds(back.tMs)}, ${seconds(delay)} later; the target is 2 s. A recovered server waits about intervalMs × healthyThreshold = ${c.intervalMs} × ${c.healthyThreshold} = ${seconds(c.intervalMs * c.healthyThreshold)}`,
        );
        return `back in the group ${seconds(delay)} after it recovered`;
      },
    },
    {
      name: 'Loses fewer than 1 % of the requests',
      run: (learner, { chart }) => {
        const mine = run(learner);
        const none = run(null);
        const secs = mine.series.t.map((t) => t / 1000);
        const errors = (r: SimResult) =>
          r.series.metrics.errors.map((e, i) => [secs[i]!, e] as const);
        chart({
          title: 'Failed requests per second (mid is down from about 20 s to about 35 s)',
          xLabel: 'simulated time (s)',
          yLabel: 'failed requests',
          kind: 'line',
          lines: [
            { label: 'no health checks', points: errors(none) },
            { label: 'your health checks', points: errors(mine) },
          ],
        });
        const s = mine.summary;
        const lost = s.dropped + s.failed;
        const share = (lost / s.arrived) * 100;
        const c = config(learner);
        const { crashMs } = timeline(c);
        const out = midEvent(mine, false, crashMs);
        const unnoticed = out
          ? `mid stayed in the group for ${seconds(out.tMs - crashMs)} after it crashed`
          : 'mid was never taken out of the group';
        expectTrue(
          share < 1,
          `${lost} of ${s.arrived} requests failed (${share.toFixed(2)} %); without health checks ${none.summary.dropped + none.summary.failed} fail. Target: below 1 %. ${unnoticed}, and under least connections a dead server (no open connections) attracts the most traffic: every second it goes unnoticed costs requests`,
        );
        return `${lost} of ${s.arrived} failed (${share.toFixed(2)} %); without health checks: ${none.summary.dropped + none.summary.failed}`;
      },
    },
  ],
});
