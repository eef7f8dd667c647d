import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type Scenario,
  type SimResult,
} from 'archlab';
import {
  DAY,
  OUTAGE,
  SLO,
  badDayScenario,
  outcome,
  type Design,
  type Outcome,
} from '../../model/system.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Seed of the bad day: the same run every time, so a score can be compared and improved. */
const SEED = 2026;
/**
 * The score a design needs to pass (100 ÷ about $0.167 per hour). It is above the two medium
 * servers (score 500) that the chapter shows meeting the SLO: passing needs a cheaper design,
 * found by counting the cores left when web1 dies, not by copying the table.
 */
const PASS_SCORE = 600;
/** The alert must page this soon after the payment outage starts. */
const ALERT_DEADLINE_MS = 90_000;

/**
 * A blip the alert must sleep through: the payment provider fails every call for 20 s at base
 * traffic, and recovers by itself. One request in ten fails meanwhile; nobody could act in time.
 */
const BLIP = { atMs: 25_000, durationMs: 20_000 };

/** The bad day with a self-healing payment blip added before the spike. */
function blipScenario(d: Design): Scenario {
  const s = badDayScenario(d);
  const api = s.externalApi!;
  return {
    ...s,
    name: 'capstone with a payment blip',
    externalApi: { ...api, outages: [...(api.outages ?? []), { ...BLIP, mode: 'error' }] },
  };
}

let cached: { design: unknown; normal: SimResult; outage: SimResult; blip: SimResult } | undefined;

function runs(learner: Learner): {
  normal: SimResult;
  outage: SimResult;
  blip: SimResult;
  o: Outcome;
} {
  const design: unknown = learner.design;
  if (typeof design !== 'object' || design === null)
    fail(
      `export const design = { servers, size, strategy, healthCheck, retry, alert }, got ${describe(design)}`,
    );
  if (cached?.design !== design) {
    const d = design as Design;
    cached = {
      design,
      normal: simulate(badDayScenario(d), { seed: SEED }),
      outage: simulate(badDayScenario(d, true), { seed: SEED }),
      blip: simulate(blipScenario(d), { seed: SEED }),
    };
  }
  const { normal, outage, blip } = cached;
  return { normal, outage, blip, o: outcome(normal) };
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const pages = (r: SimResult) =>
  r.alerts.notifications.filter((n) => n.kind === 'firing').map((n) => n.tMs);

export default defineChecks<Learner>({
  exports: ['design'],
  checks: [
    {
      name: `At least ${pct(SLO.successRatio)} of requests succeed through the spike and the crash`,
      run: (learner, { chart }) => {
        const { normal, o } = runs(learner);
        const s = normal.series;
        const x = s.t.map((t) => (t + s.resolutionMs) / 1000);
        chart({
          title: 'Your system through the bad day',
          xLabel: 'Simulated time (s)',
          yLabel: 'Requests per second · servers up',
          kind: 'line',
          lines: [
            { label: 'arriving', points: x.map((t, i) => [t, s.metrics.arrivalsPerSec[i]!]) },
            {
              label: 'failed',
              points: x.map((t, i) => [t, (s.metrics.errors[i]! * 1000) / s.resolutionMs]),
            },
            {
              label: 'servers up × 10',
              points: x.map((t, i) => [t, s.metrics.serversUp[i]! * 10]),
            },
          ],
        });
        const sum = normal.summary;
        if (o.successRatio < SLO.successRatio) {
          // Where the failures came from, so the message names the part of the design to revisit.
          const budget = Math.round(sum.arrived * (1 - SLO.successRatio));
          const crashEnd = DAY.crash.atMs + DAY.crash.downMs;
          let whileDown = 0;
          s.t.forEach((t, i) => {
            if (t >= DAY.crash.atMs && t < crashEnd) whileDown += s.metrics.errors[i]!;
          });
          const payments = sum.externalApi?.failedCalls ?? 0;
          const causes: string[] = [];
          // Requests sent to the dead web1 are its drops; the others' drops are full queues.
          const deadServer = sum.servers.find((x) => x.name === 'web1')?.dropped ?? 0;
          const overflow = sum.servers.reduce((n, x) => n + (x.name === 'web1' ? 0 : x.dropped), 0);
          // With one server the load balancer has nowhere to send them: they fail there, not on web1.
          if (sum.servers.length === 1 && whileDown > budget / 2)
            causes.push(
              `${whileDown} requests failed while web1, your only server, was dead ` +
                `(${DAY.crash.atMs / 1000}–${crashEnd / 1000} s): with nowhere else to send them ` +
                `no health check can help; one server is one failure, so keep a spare`,
            );
          else if (sum.servers.length > 1 && deadServer > budget / 2)
            causes.push(
              `${deadServer} requests went to web1 while it was dead ` +
                `(${DAY.crash.atMs / 1000}–${crashEnd / 1000} s; ${whileDown} failures in that ` +
                `minute in all): health checks take a dead server out of rotation, and how often ` +
                `they probe decides how many are lost`,
            );
          if (overflow > budget / 2)
            causes.push(
              `the other servers refused ${overflow} requests with full queues: too little ` +
                `capacity left for the spike once one server is gone`,
            );
          if (payments > budget / 2)
            causes.push(
              `${payments} payments failed after every attempt: one call in ten fails, and a ` +
                `retry with the same idempotency key is safe`,
            );
          if (causes.length === 0)
            causes.push(
              `no single cause dominates: ${deadServer} went to the dead web1, ${overflow} were ` +
                `refused by full queues, ${payments} payments failed after every attempt`,
            );
          fail(
            `${pct(o.successRatio)} succeeded (${sum.dropped} refused, ${sum.failed} failed of ` +
              `${sum.arrived}); the SLO needs ${pct(SLO.successRatio)}, a budget of about ` +
              `${budget} failures. ${causes.join('; ')}.`,
          );
        }
        return `${pct(o.successRatio)} succeeded`;
      },
    },
    {
      name: `p95 latency at most ${SLO.p95Ms} ms`,
      run: (learner, { chart }) => {
        const { normal, o } = runs(learner);
        const s = normal.series;
        chart({
          title: 'Latency and CPU through the bad day',
          xLabel: 'Simulated time (s)',
          yLabel: 'p95 latency (ms) · CPU (%)',
          kind: 'line',
          lines: [
            {
              label: 'p95 latency (ms)',
              points: s.t.map((t, i) => [(t + s.resolutionMs) / 1000, s.metrics.latencyP95Ms[i]!]),
            },
            {
              label: 'CPU (%)',
              points: s.t.map((t, i) => [
                (t + s.resolutionMs) / 1000,
                s.metrics.utilisation[i]! * 100,
              ]),
            },
          ],
        });
        if (o.p95Ms > SLO.p95Ms) {
          // The interval with the worst p95 says when requests queued.
          let worst = 0;
          s.metrics.latencyP95Ms.forEach((v, i) => {
            if (Number.isFinite(v) && v > (s.metrics.latencyP95Ms[worst] ?? -Infinity)) worst = i;
          });
          const at = (s.t[worst]! + s.resolutionMs) / 1000;
          const spikeFrom = DAY.spike.atMs / 1000;
          const spikeTo = (DAY.spike.atMs + DAY.spike.durationMs) / 1000;
          fail(
            `p95 latency was ${o.p95Ms.toFixed(0)} ms over the day, above ${SLO.p95Ms} ms; the ` +
              `worst 5 s ended at ${at} s with p95 ${s.metrics.latencyP95Ms[worst]!.toFixed(0)} ms ` +
              `(the spike runs ${spikeFrom}–${spikeTo} s, web1 is down ` +
              `${DAY.crash.atMs / 1000}–${(DAY.crash.atMs + DAY.crash.downMs) / 1000} s). Requests ` +
              `queue where the servers left cannot keep up: compare the work per second with the ` +
              `capacity that remains when one server is gone`,
          );
        }
        return `p95 ${o.p95Ms.toFixed(0)} ms`;
      },
    },
    {
      name: 'The alert sleeps through a 20 s payment blip, and pages within 90 s of a payment outage',
      run: (learner) => {
        const { normal, outage, blip, o } = runs(learner);
        const at = (ms: number[]) => ms.map((t) => `${t / 1000} s`).join(', ');
        const quiet = pages(normal);
        if (o.meetsSlo)
          expectTrue(
            quiet.length === 0,
            `your system met the SLO on the bad day, yet the alert paged at ${at(quiet)}: ` +
              `nobody needed waking. A window and a “for” longer than the crash’s burst of ` +
              `failures keep it quiet`,
          );
        // Before the crash nothing but the blip fails, so a page then is the blip's.
        const blipPages = pages(blip).filter((t) => t >= BLIP.atMs && t < DAY.crash.atMs);
        expectTrue(
          blipPages.length === 0,
          `the payment provider failed for ${BLIP.durationMs / 1000} s from ${BLIP.atMs / 1000} s ` +
            `and recovered by itself (one request in ten failed meanwhile); your alert paged at ` +
            `${at(blipPages)}. A blip keeps a windowed error rate high for about its length plus ` +
            `the window: the “for” must outlast that`,
        );
        // Already firing when the outage starts (from an earlier problem) counts as paged at once.
        const before = outage.alerts.transitions.filter((t) => t.tMs <= OUTAGE.atMs);
        const firingAtStart = before[before.length - 1]?.to === 'firing';
        const first = firingAtStart ? OUTAGE.atMs : pages(outage).find((t) => t >= OUTAGE.atMs);
        expectTrue(
          first !== undefined && first - OUTAGE.atMs <= ALERT_DEADLINE_MS,
          `the payment provider was down from ${OUTAGE.atMs / 1000} s for ${OUTAGE.durationMs / 1000} s (one request in ten failed): ${first === undefined ? 'your alert never paged' : `your alert paged only ${(first - OUTAGE.atMs) / 1000} s later`}, and the deadline is ${ALERT_DEADLINE_MS / 1000} s`,
        );
        const day =
          quiet.length === 0
            ? 'quiet on the bad day'
            : `paged at ${at(quiet)} on the bad day (the SLO was missed, so that page was earned)`;
        return `${day}, quiet through the blip, paged ${(first! - OUTAGE.atMs) / 1000} s into the outage`;
      },
    },
    {
      name: `Score at least ${PASS_SCORE} (score = 100 ÷ cost per hour, when the SLO is met)`,
      run: (learner) => {
        const { o } = runs(learner);
        const formula = `100 ÷ $${o.costPerHour.toFixed(3)}/h`;
        expectTrue(
          o.meetsSlo,
          `score 0: the SLO was missed (${pct(o.successRatio)} success, p95 ${o.p95Ms.toFixed(0)} ms); a design only scores when it meets it`,
        );
        expectTrue(
          o.score >= PASS_SCORE,
          `score ${o.score} (${formula}): the SLO is met, but the servers cost too much; ${PASS_SCORE} needs $${(100 / PASS_SCORE).toFixed(2)}/h or less`,
        );
        return `score ${o.score} (${formula}). Cheaper designs that still meet the SLO score higher: can you beat it?`;
      },
    },
  ],
});
