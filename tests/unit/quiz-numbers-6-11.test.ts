/**
 * The quizzes of chapters 6–11 state numbers and predict simulation outcomes: every answer is
 * recomputed here from the formula it rests on (the chapters' own exercise solutions where they
 * implement it) or by running the chapter's simulation with the setup the question gives, so that
 * a change to a formula, a scenario or the engine cannot silently make a quiz answer wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import type { AlertQuery } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../components/simulation/define.ts';
import type {
  NumberQuestion,
  PredictQuestion,
  QuizChoice,
  QuizQuestion,
} from '../../components/quiz.ts';
import { shipperFor } from '../../lessons/10-logging/exercises/tune-shipper/solution.ts';
import {
  quantileFromBuckets,
  rate,
} from '../../lessons/11-metrics/exercises/rate-and-p95/solution.ts';
import { burnRate, shouldPage } from '../../lessons/12-alerts/exercises/burn-rate/solution.ts';
import { lessonFile, loadQuiz, loadSimulation } from '../../course/node.ts';

// Lesson files by id, through the course layer (no folder numbers).
const q06 = await loadQuiz('load-balancers');
const q07 = await loadQuiz('external-apis');
const q08 = await loadQuiz('logging');
const q09 = await loadQuiz('metrics');
const q10 = await loadQuiz('alerts');
const q11 = await loadQuiz('capstone');
const compareStrategies = await loadSimulation('load-balancers/compare-strategies');
const paymentApi = await loadSimulation('external-apis/payment-api');
const crashLogs = await loadSimulation('logging/crash-logs');
const dashboard = await loadSimulation('metrics/dashboard');
const incidentTimeline = await loadSimulation('alerts/incident-timeline');
const wholeSystem = await loadSimulation('capstone/whole-system');

const CHAPTERS: Record<string, QuizQuestion[]> = {
  'load-balancers': q06,
  'external-apis': q07,
  logging: q08,
  metrics: q09,
  alerts: q10,
  capstone: q11,
};

const numberQ = (quiz: QuizQuestion[], id: string): NumberQuestion => {
  const q = quiz.find((x) => x.id === id);
  if (q?.kind !== 'number') throw new Error(`no number question "${id}"`);
  return q;
};

const predictQ = (quiz: QuizQuestion[], id: string): PredictQuestion => {
  const q = quiz.find((x) => x.id === id);
  if (q?.kind !== 'predict') throw new Error(`no predict question "${id}"`);
  return q;
};

const correctChoice = (q: PredictQuestion): QuizChoice => q.choices.find((c) => c.correct)!;

/** The quiz answer agrees with the computed value, and no misconception is accepted as right. */
function expectAnswer(q: NumberQuestion, computed: number): void {
  expect(Math.abs(q.answer - computed)).toBeLessThanOrEqual(q.tolerance + 1e-9);
  for (const m of q.misconceptions ?? []) {
    expect(Math.abs(m.answer - q.answer)).toBeGreaterThan(q.tolerance);
  }
}

/** Run a chapter simulation with its defaults overridden by `params`; read figures by label. */
function run(def: unknown, params: Record<string, unknown>) {
  const sim = def as AnySimulation;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  const figure = (label: string) => {
    const f = out.figures.find((x) => x.label === label);
    if (!f) throw new Error(`no figure "${label}"`);
    return f.value;
  };
  const bars = (title: string) => {
    const s = out.series.find((x) => x.title === title);
    if (!s || s.kind !== 'bar') throw new Error(`no bar chart "${title}"`);
    return { categories: s.categories, values: s.lines[0]!.points.map((p) => p[1]) };
  };
  return { figure, bars };
}

describe('quizzes 6–11: shape', () => {
  it.each(Object.entries(CHAPTERS))('%s', (slug, quiz) => {
    const mdx = readFileSync(lessonFile(slug, 'index.mdx'), 'utf8');
    const objectives = /objectives:\n((?: {2}- .*\n)+)/.exec(mdx)![1]!.trim().split('\n').length;
    const slugger = new GithubSlugger();
    const headings = new Set(
      [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())),
    );
    expect(quiz.length).toBeGreaterThanOrEqual(6);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    expect(new Set(quiz.map((q) => q.objective))).toEqual(
      new Set(Array.from({ length: objectives }, (_, i) => i + 1)),
    );
    expect(quiz.some((q) => q.kind === 'number')).toBe(true);
    expect(quiz.some((q) => q.kind === 'predict')).toBe(true);
    for (const q of quiz) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(headings, `${q.id}: section "${q.section}"`).toContain(q.section);
      if (q.kind === 'predict') expect(mdx).toContain(`<Simulation id="${q.simulation}"`);
      if (q.kind !== 'number') expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
    }
  });
});

describe('06 load balancers', () => {
  it('round robin puts a 25-per-second server at ρ = 1.2', () => {
    const capacities = [25, 25, 50, 100];
    const arrivals = 120;
    expectAnswer(
      numberQ(q06, 'round-robin-utilisation'),
      arrivals / capacities.length / capacities[0]!,
    );
  });

  it('a crash is sent interval × threshold × rate requests before it is taken out', () => {
    const intervalS = 5;
    const unhealthyThreshold = 3;
    const ratePerSec = 200;
    expectAnswer(
      numberQ(q06, 'health-check-failed-requests'),
      intervalS * unhealthyThreshold * ratePerSec,
    );
  });

  it('without health checks least connections loses the largest share when mid crashes', () => {
    const q = predictQ(q06, 'least-connections-black-hole');
    expect(correctChoice(q).text).toMatch(/^Least connections/);
    const lost = run(compareStrategies, { load: 60, failing: 'mid', healthChecks: 'off' }).bars(
      'Requests lost by every strategy (%)',
    );
    const worst = lost.categories?.[lost.values.indexOf(Math.max(...lost.values))];
    expect(worst).toBe('Least connections');
  });
});

describe('07 external APIs', () => {
  it('full-jitter waits after attempts 1–4 are capped at 200 + 400 + 800 + 1,600 ms', () => {
    const cap = (attempt: number) => Math.min(2_000, 100 * 2 ** attempt);
    const attempts = 5;
    let most = 0;
    for (let n = 1; n < attempts; n++) most += cap(n);
    expectAnswer(numberQ(q07, 'backoff-longest-wait'), most);
    // The average total wait (a misconception's answer) is half of it.
    expect(numberQ(q07, 'backoff-longest-wait').misconceptions![0]!.answer).toBe(most / 2);
  });

  it('three layers of three attempts make 27 calls', () => {
    expectAnswer(numberQ(q07, 'layered-retries'), 3 ** 3);
  });

  it('a 200 ms timeout without keys charges orders twice; with keys none', () => {
    const q = predictQ(q07, 'charged-twice');
    expect(correctChoice(q).text).toMatch(/above zero/);
    const setup = { policy: 'backoff', keys: 'off', timeoutMs: 200 };
    const twice = run(paymentApi, setup).figure('Orders charged twice');
    expect(twice).toBeGreaterThan(0);
    // “Every order” is a distractor: of about 50 × 40 = 2,000 orders, far fewer are charged twice.
    expect(twice).toBeLessThan(0.1 * 50 * 40);
    expect(run(paymentApi, { ...setup, keys: 'on' }).figure('Orders charged twice')).toBe(0);
  });
});

describe('08 logging', () => {
  it('a quiet server loses at most a flush interval of lines', () => {
    const linesPerSec = 20;
    const batchSize = 100;
    const flushIntervalS = 2;
    expectAnswer(
      numberQ(q08, 'quiet-server-loss'),
      Math.min(batchSize - 1, linesPerSec * flushIntervalS),
    );
  });

  it('the longest flush interval is the deadline minus the shipping delay', () => {
    const config = shipperFor({
      linesPerSec: 400,
      maxLostLines: 50,
      maxDelayMs: 3_000,
      shipDelayMs: 500,
    });
    expectAnswer(numberQ(q08, 'cheapest-flush-interval'), config.flushIntervalMs);
  });

  it('a longer shipping delay does not change the lines lost in the crash', () => {
    const q = predictQ(q08, 'shipping-delay-and-loss');
    expect(correctChoice(q).text).toMatch(/^The same/);
    const setup = { mode: 'shipped', batchSize: 100, flushIntervalMs: 1000 };
    const fast = run(crashLogs, { ...setup, shipDelayMs: 50 }).figure('Lines lost in the crash');
    const slow = run(crashLogs, { ...setup, shipDelayMs: 2000 }).figure('Lines lost in the crash');
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBe(fast);
  });
});

describe('09 metrics', () => {
  it('the counter’s rate across a restart', () => {
    const samples = [
      { tMs: 0, value: 12_000 },
      { tMs: 60_000, value: 15_000 },
      { tMs: 120_000, value: 400 },
    ];
    expectAnswer(numberQ(q09, 'counter-rate-with-restart'), rate(samples));
  });

  it('p95 interpolated from cumulative buckets', () => {
    const buckets = [
      { le: 100, count: 600 },
      { le: 200, count: 900 },
      { le: 500, count: 990 },
      { le: Infinity, count: 1000 },
    ];
    expectAnswer(numberQ(q09, 'p95-from-buckets'), quantileFromBuckets(0.95, buckets));
  });

  it('20 independent calls: at least one beyond its p95 in about 64 % of page loads', () => {
    const q = q09.find((x) => x.id === 'fan-out-tail')!;
    if (q.kind === 'number') throw new Error('choice question expected');
    const share = Math.round((1 - 0.95 ** 20) * 100);
    expect(q.choices.find((c) => c.correct)!.text).toContain(`About ${share} %`);
  });

  it('system A at 1.2×: the database saturates while the CPU idles', () => {
    const q = predictQ(q09, 'database-bottleneck-cpu-idle');
    expect(correctChoice(q).text).toMatch(/^Database near 100 %/);
    const { figure } = run(dashboard, { system: 'A', load: 1.2 });
    expect(figure('Database busy')).toBeGreaterThan(95);
    expect(figure('CPU (busiest server)')).toBeLessThan(50);
  });
});

describe('10 alerts', () => {
  it('a 60 s window crosses 5 % a quarter of the way in, then “for” adds 45 s', () => {
    const windowS = 60;
    const threshold = 0.05;
    const errorRate = 0.2;
    const forS = 45;
    // Step through time after the jump, averaging the window second by second.
    let crossedAtS = NaN;
    for (let t = 1; t <= windowS; t++) {
      if ((errorRate * t) / windowS > threshold) {
        crossedAtS = t;
        break;
      }
    }
    expectAnswer(numberQ(q10, 'detection-delay'), crossedAtS + forS);
    expectAnswer(numberQ(q10, 'detection-delay'), (threshold * windowS) / errorRate + forS);
  });

  it('a 99.95 % SLO over 30 days allows 21.6 minutes of outage', () => {
    expectAnswer(numberQ(q10, 'error-budget-minutes'), 30 * 24 * 60 * (1 - 0.9995));
  });

  it('0.5 % errors against 99.9 % burn at 5, spending the month in 6 days', () => {
    const q = q10.find((x) => x.id === 'burn-rate-days')!;
    if (q.kind === 'number') throw new Error('choice question expected');
    const burn = burnRate(0.005, 0.999);
    expect(burn).toBeCloseTo(5, 9);
    expect(q.choices.find((c) => c.correct)!.text).toBe(
      `Burn rate ${Math.round(burn)}; the budget is gone in ${Math.round(30 / burn)} days`,
    );
  });

  it('with a healthy history, the reference rule pages about 43 minutes into 2 % errors', () => {
    const MIN = 60_000;
    const ratio = 0.02;
    // Constant traffic, no errors for many hours, then `ratio` from minute 0 on: a window of w
    // ms at time t holds min(t, w) of failing traffic.
    let pagedAtMin = NaN;
    for (let t = 0; t <= 6 * 60; t++) {
      const q: AlertQuery = {
        now: t * MIN,
        over: () => NaN,
        errorRatio: (w: number) => (ratio * Math.min(t * MIN, w)) / w,
      };
      if (shouldPage(q)) {
        pagedAtMin = t;
        break;
      }
    }
    // Evaluated once a minute, the page comes at the first whole minute past 43.2.
    expectAnswer(numberQ(q10, 'burn-detection-with-history'), pagedAtMin);
    // Closed form: long window × factor ÷ burn rate.
    expectAnswer(numberQ(q10, 'burn-detection-with-history'), (60 * 14.4) / burnRate(ratio, 0.999));
  });

  it('a 30 s window with “for” 45 s pages once, within about a minute of the incident', () => {
    const q = predictQ(q10, 'window-and-for-on-the-timeline');
    expect(correctChoice(q).text).toMatch(/^Page once, for the incident/);
    const { figure } = run(incidentTimeline, {
      targetPercent: 95,
      keepFiringS: 0,
      windowS: 30,
      forS: 45,
    });
    expect(figure('Pages sent')).toBe(1);
    expect(figure('Pages outside the incident')).toBe(0);
    expect(figure('Incident reported after')).toBeLessThanOrEqual(75);
    // The default rule pages three times (the “three pages” distractor describes it).
    expect(run(incidentTimeline, {}).figure('Pages sent')).toBe(3);
  });
});

describe('11 capstone', () => {
  it('Little’s law: 150 per second × 21 ms', () => {
    expectAnswer(numberQ(q11, 'requests-in-progress'), 150 * 0.021);
  });

  it('the day’s error budget: 0.5 % of 14,800 requests', () => {
    expectAnswer(numberQ(q11, 'day-error-budget'), 14_800 * (1 - 0.995));
  });

  it('CPU and concurrency of the spike: about 1.2 cores, about 3.2 requests in progress', () => {
    const q = q11.find((x) => x.id === 'cores-versus-workers')!;
    if (q.kind === 'number') throw new Error('choice question expected');
    const cores = (150 * 7.7) / 1000;
    const inProgress = (150 * 21) / 1000;
    expect(q.choices.find((c) => c.correct)!.text).toContain(
      `${cores.toFixed(1)} cores’ worth of CPU, and room for over ${Math.floor(inProgress)} requests`,
    );
  });

  it('health checks every 1 s instead of 250 ms break the success part of the SLO', () => {
    const q = predictQ(q11, 'health-check-interval-and-slo');
    expect(correctChoice(q).text).toMatch(/^Not met: the extra failures/);
    const design = {
      servers: 3,
      size: 'small',
      strategy: 'least-connections',
      attempts: 3,
      forS: 30,
      outage: 'up',
    };
    const quick = run(wholeSystem, { ...design, healthCheck: '250' });
    expect(quick.figure('SLO met (1 = yes)')).toBe(1);
    const slow = run(wholeSystem, { ...design, healthCheck: '1000' });
    expect(slow.figure('SLO met (1 = yes)')).toBe(0);
    expect(slow.figure('Success')).toBeLessThan(99.5);
    expect(slow.figure('Latency p95')).toBeLessThanOrEqual(250);
  });
});
