import { defineChecks, describe, expectTrue, fail, simulate } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Observation = Solution.Observation;

/** The control loop: one decision every interval; a new server boots for one interval. */
const INTERVAL_MS = 10_000;
const DURATION_MS = 300_000;
const CPU_MS = 100;
const CORES = 2;
const PRICE_PER_HOUR = 0.045;
const CAPACITY = (CORES * 1000) / CPU_MS;
const START_SERVERS = 3;
const MAX_SERVERS = 40;
const P95_TARGET_MS = 500;
/** A fixed fleet big enough for the spike: 240 req/s on 14 servers is 86 % busy. */
const FIXED_FLEET = 14;

/** Traffic: a ramp from 20 to 120 req/s over 150 s, a ×2 spike from 180 s to 210 s, a fall to 40. */
function rateAt(t: number): number {
  let r =
    t < 150_000
      ? 20 + (100 * t) / 150_000
      : t < 240_000
        ? 120
        : 120 - (80 * (t - 240_000)) / 60_000;
  if (t >= 180_000 && t < 210_000) r *= 2;
  return r;
}

interface Interval {
  endMs: number;
  running: number;
  booting: number;
  arrivalsPerSec: number;
  p95Ms: number;
  lost: number;
  arrived: number;
}

interface Run {
  intervals: Interval[];
  lost: number;
  arrived: number;
  cost: number;
  /** Fleet size (running + booting) after each decision. */
  fleet: number[];
}

/**
 * Drive the engine interval by interval: each 10 s is one `simulate` run with the servers that
 * are up, its traffic ramping as the profile does; then the learner's policy decides.
 */
function drive(learner: Learner): Run {
  const state: Record<string, number> = {};
  let running = START_SERVERS;
  let booting = 0;
  const intervals: Interval[] = [];
  const fleet: number[] = [];
  let lost = 0;
  let arrived = 0;
  let cost = 0;
  for (let k = 0; k < DURATION_MS / INTERVAL_MS; k++) {
    const t0 = k * INTERVAL_MS;
    const r = simulate(
      {
        durationMs: INTERVAL_MS,
        resolutionMs: INTERVAL_MS,
        traffic: {
          kind: 'poisson',
          ratePerSec: rateAt(t0),
          ramp: { toPerSec: rateAt(t0 + INTERVAL_MS - 1) },
        },
        servers: Array.from({ length: running }, () => ({
          cores: CORES,
          queueCapacity: 100,
          serviceTime: { kind: 'exponential', mean: CPU_MS },
        })),
        loadBalancer: { strategy: 'least-connections' },
      },
      { seed: 4000 + k },
    );
    const s = r.summary;
    lost += s.dropped + s.failed;
    arrived += s.arrived;
    // Booting servers are billed too.
    cost += ((running + booting) * PRICE_PER_HOUR * INTERVAL_MS) / 3_600_000;
    const obs: Observation = {
      timeMs: t0 + INTERVAL_MS,
      running,
      booting,
      arrivalsPerSec: s.arrivalRatePerSec,
      utilisation: s.utilisation,
      p95Ms: s.latencyMs.p95,
      lost: s.dropped + s.failed,
      capacityPerServer: CAPACITY,
    };
    intervals.push({
      endMs: obs.timeMs,
      running,
      booting,
      arrivalsPerSec: obs.arrivalsPerSec,
      p95Ms: obs.p95Ms,
      lost: obs.lost,
      arrived: s.arrived,
    });
    running += booting;
    booting = 0;
    const answer: unknown = learner.desiredServers({ ...obs }, state);
    if (typeof answer !== 'number' || !Number.isFinite(answer)) {
      fail(
        `at ${obs.timeMs / 1000} s desiredServers returned ${describe(answer)}: return a number of servers`,
      );
    }
    const want = Math.max(1, Math.min(MAX_SERVERS, Math.round(answer)));
    if (want > running) booting = want - running;
    else running = want;
    fleet.push(running + booting);
  }
  return { intervals, lost, arrived, cost, fleet };
}

const runs = new WeakMap<Learner, Run>();
function runOf(learner: Learner): Run {
  let r = runs.get(learner);
  if (!r) runs.set(learner, (r = drive(learner)));
  return r;
}

const fixedCost = (FIXED_FLEET * PRICE_PER_HOUR * DURATION_MS) / 3_600_000;

/** Times the fleet size turns from growing to shrinking or back. */
function reversals(fleet: readonly number[]): number {
  let direction = 0;
  let count = 0;
  for (let i = 1; i < fleet.length; i++) {
    const d = Math.sign(fleet[i]! - fleet[i - 1]!);
    if (d !== 0 && direction !== 0 && d !== direction) count++;
    if (d !== 0) direction = d;
  }
  return count;
}

export default defineChecks<Learner>({
  exports: ['desiredServers'],
  checks: [
    {
      name: `Keeps p95 under ${P95_TARGET_MS} ms except while a sudden spike is noticed (2 intervals at most)`,
      run: (learner, { chart }) => {
        const run = runOf(learner);
        const secs = run.intervals.map((i) => i.endMs / 1000);
        chart({
          title: 'Traffic and the servers your autoscaler ran',
          xLabel: 'time (s)',
          yLabel: 'requests/s ÷ 10 · servers',
          kind: 'line',
          lines: [
            {
              label: 'arrivals (req/s ÷ 10)',
              points: run.intervals.map((i, k) => [secs[k]!, i.arrivalsPerSec / 10] as const),
            },
            {
              label: 'servers running',
              points: run.intervals.map((i, k) => [secs[k]!, i.running] as const),
            },
            {
              label: 'servers running + booting',
              points: run.intervals.map((i, k) => [secs[k]!, i.running + i.booting] as const),
            },
          ],
        });
        chart({
          title: 'p95 latency per interval (ms)',
          xLabel: 'time (s)',
          yLabel: 'p95 (ms)',
          kind: 'line',
          lines: [
            {
              label: 'your autoscaler',
              points: run.intervals.map((i, k) => [secs[k]!, i.p95Ms] as const),
            },
            { label: 'target', points: secs.map((x) => [x, P95_TARGET_MS] as const) },
          ],
        });
        const bad = run.intervals.filter((i) => !(i.p95Ms <= P95_TARGET_MS) || i.lost > 0);
        expectTrue(
          bad.length <= 2,
          `${bad.length} of ${run.intervals.length} intervals missed the target: ${bad
            .slice(0, 6)
            .map(
              (i) =>
                `${i.endMs / 1000} s (p95 ${Math.round(i.p95Ms)} ms on ${i.running} servers${i.lost ? `, ${i.lost} lost` : ''})`,
            )
            .join('; ')}`,
        );
        return `${run.intervals.length - bad.length} of ${run.intervals.length} intervals within ${P95_TARGET_MS} ms`;
      },
    },
    {
      name: 'Loses fewer than 0.5 % of the requests',
      run: (learner) => {
        const run = runOf(learner);
        const share = (run.lost / run.arrived) * 100;
        expectTrue(
          share < 0.5,
          `${run.lost} of ${run.arrived} requests were refused (${share.toFixed(2)} %): queues overflowed while the fleet was too small`,
        );
        return `${run.lost} of ${run.arrived} lost`;
      },
    },
    {
      name: 'Does not flap: the fleet turns from growing to shrinking (or back) at most twice',
      run: (learner) => {
        const run = runOf(learner);
        const n = reversals(run.fleet);
        expectTrue(
          n <= 2,
          `the fleet changed direction ${n} times (sizes: ${run.fleet.join(', ')}); each flap boots servers that are removed soon after. Wait a few intervals before shrinking`,
        );
        return `changed direction ${n} time${n === 1 ? '' : 's'}: ${run.fleet.join(', ')}`;
      },
    },
    {
      name: `Costs at most 80 % of a fixed fleet of ${FIXED_FLEET} servers`,
      run: (learner) => {
        const run = runOf(learner);
        const share = (run.cost / fixedCost) * 100;
        expectTrue(
          share <= 80,
          `your fleet cost $${run.cost.toFixed(4)} for 5 minutes, ${share.toFixed(0)} % of the fixed fleet's $${fixedCost.toFixed(4)}; the target is 80 % at most`,
        );
        return `$${run.cost.toFixed(4)}: ${share.toFixed(0)} % of the fixed fleet's $${fixedCost.toFixed(4)}`;
      },
    },
  ],
});
