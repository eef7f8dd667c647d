import {
  checkRollout,
  ConfigError,
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type RolloutResult,
  type SimResult,
} from 'archlab';
import { fleetScenario, serverCapacity, type Fleet } from '../../model/fleet.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Deploy = Solution.Deploy;

/** When each deploy starts, ms. */
const AT_MS = 5000;
const SERVICE_MS = 250;

/**
 * Deploys that reach each mistake: a tight deadline (surge alone is too slow), no spare machine
 * (unavailability alone), no server to spare (surge alone), a quota below Kubernetes' 25 %, and a
 * deadline that is not a whole number of startup periods (3.5 here: counting the periods that fit
 * with Math.ceil plans one period too many and finishes late).
 */
const DEPLOYS: Deploy[] = [
  { replicas: 10, neededServers: 8, spareServers: 2, startupMs: 20_000, deadlineMs: 70_000 },
  { replicas: 12, neededServers: 12, spareServers: 3, startupMs: 20_000, deadlineMs: 80_000 },
  { replicas: 6, neededServers: 3, spareServers: 0, startupMs: 30_000, deadlineMs: 60_000 },
  { replicas: 20, neededServers: 15, spareServers: 5, startupMs: 15_000, deadlineMs: 30_000 },
  { replicas: 4, neededServers: 4, spareServers: 1, startupMs: 20_000, deadlineMs: 80_000 },
];

const name = (d: Deploy) =>
  `${d.replicas} servers, ${d.neededServers} needed, ${d.spareServers} spare, ` +
  `${d.startupMs / 1000} s to start, deadline ${d.deadlineMs / 1000} s`;
const s = (ms: number) => `${Math.round(ms / 1000)} s`;

interface Outcome {
  surge: number;
  unavailable: number;
  result: SimResult;
  rollout: RolloutResult;
}

const cache = new Map<Deploy, Outcome>();

/** The learner's plan for `d`, validated like the engine does, and the deploy run with it. */
function run(learner: Learner, d: Deploy): Outcome {
  const hit = cache.get(d);
  if (hit) return hit;
  const raw: unknown = learner.plan({ ...d });
  if (typeof raw !== 'object' || raw === null)
    fail(`plan() must return { maxSurge, maxUnavailable }, got ${describe(raw)} for ${name(d)}`);
  const p = raw as Record<string, unknown>;
  const rollout = {
    strategy: 'rolling' as const,
    atMs: AT_MS,
    maxSurge: p['maxSurge'] as number,
    maxUnavailable: p['maxUnavailable'] as number,
    startupMs: d.startupMs,
    drainMs: 10_000,
  };
  try {
    checkRollout(rollout, d.replicas);
  } catch (err) {
    if (err instanceof ConfigError)
      fail(
        `For ${name(d)} your plan returned maxSurge ${describe(p['maxSurge'])} and maxUnavailable ` +
          `${describe(p['maxUnavailable'])}: ${err.message}. Both are whole numbers of servers, ` +
          `and at least one must be above 0`,
      );
    throw err;
  }
  // The traffic keeps the needed servers 85 % busy: fewer ready servers overload the fleet.
  const fleet: Fleet = {
    replicas: d.replicas,
    ratePerSec: d.neededServers * serverCapacity({ serviceMs: SERVICE_MS }) * 0.85,
    serviceMs: SERVICE_MS,
    apiMs: 50,
    baselineErrorRate: 0,
    durationMs: AT_MS + d.deadlineMs + Math.max(d.startupMs, 20_000),
    resolutionMs: 1000,
  };
  const result = simulate(fleetScenario(fleet, rollout), { seed: 14 });
  const out = {
    surge: rollout.maxSurge,
    unavailable: rollout.maxUnavailable,
    result,
    rollout: result.rollout!,
  };
  cache.set(d, out);
  return out;
}

const planText = (o: Outcome) => `maxSurge ${o.surge}, maxUnavailable ${o.unavailable}`;

export default defineChecks<Learner>({
  exports: ['plan'],
  checks: [
    {
      name: 'Returns settings the rollout accepts for every deploy',
      run: (learner) => {
        cache.clear();
        for (const d of DEPLOYS) run(learner, d);
        return `valid for all ${DEPLOYS.length} deploys`;
      },
    },
    {
      name: 'Capacity never drops below what the traffic needs',
      run: (learner, { chart }) => {
        const lows: number[] = [];
        for (const d of DEPLOYS) {
          const o = run(learner, d);
          lows.push(o.rollout.minReady);
          expectTrue(
            o.rollout.minReady >= d.neededServers,
            `${name(d)}: with ${planText(o)} only ${o.rollout.minReady} servers were ready at ` +
              `one point, below the ${d.neededServers} the traffic needs (p95 reached ` +
              `${Math.round(Math.max(...o.result.series.metrics.latencyP95Ms.filter(Number.isFinite)))} ms). ` +
              `Ready servers never fall below replicas − maxUnavailable`,
          );
        }
        chart({
          title: 'Fewest servers ready during each deploy',
          xLabel: 'Deploy',
          yLabel: 'Servers',
          kind: 'bar',
          categories: DEPLOYS.map((d) => `${d.replicas} servers`),
          lines: [
            { label: 'your plan', points: lows.map((v, i) => [i, v]) },
            { label: 'needed', points: DEPLOYS.map((d, i) => [i, d.neededServers]) },
          ],
        });
        return 'never below the needed servers';
      },
    },
    {
      name: 'Never runs more servers than the quota allows',
      run: (learner) => {
        for (const d of DEPLOYS) {
          const o = run(learner, d);
          // Servers finishing their last requests do not count, as in Kubernetes.
          const most = Math.max(...o.rollout.timeline.map((p) => p.old + p.new + p.starting));
          expectTrue(
            most <= d.replicas + d.spareServers,
            `${name(d)}: with ${planText(o)}, ${most} servers were running or starting at once, ` +
              `more than the ${d.replicas} + ${d.spareServers} spare the quota allows. The surge ` +
              `is the number of servers above the fleet size, so it cannot exceed the spare machines`,
          );
        }
        return 'within the quota every time';
      },
    },
    {
      name: 'Finishes before the deadline',
      run: (learner) => {
        const took: string[] = [];
        for (const d of DEPLOYS) {
          const o = run(learner, d);
          const ms = o.rollout.completedMs - AT_MS;
          expectTrue(
            Number.isFinite(ms) && ms <= d.deadlineMs,
            `${name(d)}: with ${planText(o)} the deploy ` +
              `${Number.isFinite(ms) ? `took ${s(ms)}` : `was not finished after ${s(o.result.summary.measuredMs - AT_MS)}`}, ` +
              `over the ${s(d.deadlineMs)} deadline. Each ${s(d.startupMs)} startup period brings ` +
              `maxSurge + maxUnavailable = ${o.surge + o.unavailable} new servers into service, so ` +
              `${d.replicas} servers take ⌈${d.replicas} ÷ ${o.surge + o.unavailable}⌉ = ` +
              `${Math.ceil(d.replicas / (o.surge + o.unavailable))} periods; this deploy allows a ` +
              `surge of up to ${d.spareServers} (its spare machines) and up to ` +
              `${Math.max(0, d.replicas - d.neededServers)} unavailable (the servers its traffic can spare)`,
          );
          took.push(s(ms));
        }
        return `took ${took.join(', ')}`;
      },
    },
  ],
});
