import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  machineCatalogue,
  machineSize,
  simulate,
  type MachineSize,
  type SimResult,
} from 'archlab';
import type * as Solution from './solution.ts';
import { API, CHECKOUT, machineScenario } from '../../model/machine.ts';

type Learner = typeof Solution;
type Workload = Solution.Workload;

interface Case {
  label: string;
  workload: Workload;
  p95TargetMs: number;
}

const CASES: Case[] = [
  { label: 'API, 150 req/s', workload: { ...API, ratePerSec: 150 }, p95TargetMs: 100 },
  { label: 'API, 30 req/s', workload: { ...API, ratePerSec: 30 }, p95TargetMs: 100 },
  { label: 'API, 1,200 req/s', workload: { ...API, ratePerSec: 1200 }, p95TargetMs: 100 },
  // The smaller machine meets p95 here but swaps (Checkout 120, 230) or refuses requests (API
  // 180, 360; Checkout 700): checking p95 alone picks it.
  { label: 'Checkout, 120 req/s', workload: { ...CHECKOUT, ratePerSec: 120 }, p95TargetMs: 800 },
  { label: 'API, 180 req/s', workload: { ...API, ratePerSec: 180 }, p95TargetMs: 150 },
  { label: 'Checkout, 700 req/s', workload: { ...CHECKOUT, ratePerSec: 700 }, p95TargetMs: 800 },
  { label: 'Checkout, 230 req/s', workload: { ...CHECKOUT, ratePerSec: 230 }, p95TargetMs: 800 },
  { label: 'API, 360 req/s', workload: { ...API, ratePerSec: 360 }, p95TargetMs: 100 },
];
/** More work than the largest machine has cores for. */
const TOO_BIG: Case = {
  label: 'API, 4,000 req/s',
  workload: { ...API, ratePerSec: 4000 },
  p95TargetMs: 100,
};

/** The same load test as the learner's loadTest(), kept here so editing it changes nothing. */
function loadTest(machine: MachineSize, w: Workload): SimResult {
  return simulate(
    machineScenario(machine.name, w, {
      durationMs: 6000,
      warmupMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: w.ratePerSec },
      // A short accept queue: beyond 20 waiting requests, new ones are refused.
      queueCapacity: 20,
      // Past its RAM the machine pages: each request then waits for 2 page-ins from disk.
      memory: { onMemoryExhausted: 'swap', majorFaultsPerRequest: 2, pageInMs: 1 },
    }),
    { seed: 9 },
  );
}

interface Verdict {
  /** More CPU work than the machine's cores can do (ρ ≥ 1): not simulated, it cannot pass. */
  overloaded: boolean;
  p95: number;
  lost: number;
  peakMemoryMb: number;
  majorFaultsPerSec: number;
  ok: boolean;
}

const verdicts = new Map<string, Verdict>();
function verdict(machine: MachineSize, c: Case): Verdict {
  const key = `${machine.name}|${c.label}`;
  let v = verdicts.get(key);
  const w = c.workload;
  if (!v && (w.ratePerSec * w.cpuMs) / 1000 >= machine.cores * machine.speed) {
    // More work than its cores can do: it fails, no need to simulate it.
    v = {
      overloaded: true,
      p95: Infinity,
      lost: Infinity,
      peakMemoryMb: Infinity,
      majorFaultsPerSec: 0,
      ok: false,
    };
    verdicts.set(key, v);
  }
  if (!v) {
    const r = loadTest(machine, c.workload);
    const p95 = r.summary.latencyMs.p95;
    const lost = r.summary.dropped + r.summary.failed;
    const peakMemoryMb = Math.max(...r.series.metrics.memoryMb);
    v = {
      overloaded: false,
      p95,
      lost,
      peakMemoryMb,
      majorFaultsPerSec: r.summary.majorFaultsPerSec,
      ok: p95 <= c.p95TargetMs && lost === 0 && peakMemoryMb <= machine.memoryMb,
    };
    verdicts.set(key, v);
  }
  return v;
}

/** Why null is wrong for a case some size can carry: names the cheapest size that passes. */
function nullMessage(c: Case): string {
  const ok = machineCatalogue.find((x) => verdict(x, c).ok);
  return `${c.label}: you returned null, but ${ok ? `${ok.name} (${ok.cores} cores) passes the load test` : 'some machine can carry this load'}: null is only for a load beyond the largest machine`;
}

/** The learner's pick for a case, as a catalogue size (fails on anything else). */
function pick(learner: Learner, c: Case): MachineSize | null {
  const name: unknown = learner.pickMachine(c.workload, c.p95TargetMs);
  if (name === null) return null;
  if (typeof name !== 'string' || !machineCatalogue.some((m) => m.name === name)) {
    fail(
      `${c.label}: pickMachine should return a size name (${machineCatalogue.map((m) => m.name).join(', ')}) or null, got ${describe(name)}`,
    );
  }
  return machineSize(name);
}

const picks = new WeakMap<Learner, (MachineSize | null)[]>();
function allPicks(learner: Learner): (MachineSize | null)[] {
  let p = picks.get(learner);
  if (!p) picks.set(learner, (p = CASES.map((c) => pick(learner, c))));
  return p;
}

export default defineChecks<Learner>({
  exports: ['pickMachine'],
  checks: [
    {
      name: 'Every pick keeps p95 under the target, loses nothing and fits in RAM',
      run: (learner, { chart }) => {
        const chosen = allPicks(learner);
        chart({
          title: 'p95 latency on your pick, as a share of the target (%)',
          xLabel: 'workload',
          yLabel: 'p95 ÷ target (%)',
          kind: 'bar',
          categories: CASES.map((c, i) => `${c.label} → ${chosen[i]?.name ?? 'none'}`),
          lines: [
            {
              label: 'your pick',
              points: CASES.map((c, i) => {
                const m = chosen[i];
                return [i, m ? (verdict(m, c).p95 / c.p95TargetMs) * 100 : 0] as const;
              }),
            },
            { label: 'target', points: CASES.map((_, i) => [i, 100] as const) },
          ],
        });
        CASES.forEach((c, i) => {
          const m = chosen[i];
          if (!m) fail(nullMessage(c));
          const v = verdict(m, c);
          const busyCores = (c.workload.ratePerSec * c.workload.cpuMs) / 1000;
          expectTrue(
            !v.overloaded,
            `${c.label} on ${m.name}: the load needs ${busyCores} busy cores and ${m.name} has ${m.cores} (ρ = ${(busyCores / (m.cores * m.speed)).toFixed(2)}): its queue fills and requests are refused, whatever p95 the answered ones show. Check losses, not only p95`,
          );
          expectTrue(
            v.peakMemoryMb <= m.memoryMb,
            `${c.label} on ${m.name}: memory reached ${Math.round(v.peakMemoryMb)} MB of ${m.memoryMb} MB, so it paged to disk (${Math.round(v.majorFaultsPerSec)} major faults/s) even though p95 was ${Math.round(v.p95)} ms: a machine that swaps is one traffic burst from thrashing. Check memory, not only p95`,
          );
          expectTrue(
            v.lost === 0,
            `${c.label} on ${m.name}: ${v.lost} requests were refused (its queue of 20 was full) even though p95 was ${Math.round(v.p95)} ms: p95 only counts the requests that got an answer. Check losses, not only p95`,
          );
          expectTrue(
            v.p95 <= c.p95TargetMs,
            `${c.label} on ${m.name}: p95 was ${Math.round(v.p95)} ms, the target is ${c.p95TargetMs} ms`,
          );
        });
        return `all ${CASES.length} picks pass: ${chosen.map((m) => m?.name ?? 'none').join(', ')}`;
      },
    },
    {
      name: 'Every pick is the cheapest size that passes',
      run: (learner) => {
        const chosen = allPicks(learner);
        CASES.forEach((c, i) => {
          const m = chosen[i];
          if (!m) fail(nullMessage(c));
          const cheaper = machineCatalogue.filter((x) => x.pricePerHour < m.pricePerHour);
          const better = cheaper.find((x) => verdict(x, c).ok);
          if (better) {
            fail(
              `${c.label}: ${better.name} ($${better.pricePerHour}/h) also passes, and costs less than ${m.name} ($${m.pricePerHour}/h)`,
            );
          }
        });
        return 'no cheaper size would do';
      },
    },
    {
      name: 'Admits the ceiling: null when no machine is big enough',
      run: (learner) => {
        const m = pick(learner, TOO_BIG);
        if (m) {
          const v = verdict(m, TOO_BIG);
          const busy = (TOO_BIG.workload.ratePerSec * TOO_BIG.workload.cpuMs) / 1000;
          const how = Number.isFinite(v.p95)
            ? `p95 ${Math.round(v.p95)} ms, ${v.lost} requests lost`
            : `its ${m.cores} cores cannot do ${busy} cores of work, so its short queue fills at once and it refuses most requests`;
          fail(
            `${TOO_BIG.label} needs ${busy} busy cores; you picked ${m.name} (${m.cores} cores): ${how}. No size is big enough: return null`,
          );
        }
        return `${TOO_BIG.label}: null — no machine has the 80 cores it needs`;
      },
    },
  ],
});
