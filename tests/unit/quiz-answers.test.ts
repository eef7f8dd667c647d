/**
 * Chapters 1–5: every number a quiz question states is computed here from the formula or the
 * simulation it relies on, so editing a question, a formula or the engine cannot make it false
 * silently. Predict questions run their simulation with the set-up the question names.
 */
import { describe, expect, it } from 'vitest';
import type { NumberQuestion, PredictQuestion, QuizQuestion } from '../../components/quiz.ts';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../components/simulation/define.ts';
import { mmcResponseMs } from '../../engine/theory/queueing.ts';
import { loadQuiz, loadSimulation } from '../../course/node.ts';

// Lesson files by id, through the course layer (no folder numbers).
const servers = await loadQuiz('servers');
const clients = await loadQuiz('clients-browser');
const storage = await loadQuiz('persistent-storage');
const vertical = await loadQuiz('vertical-scaling');
const horizontal = await loadQuiz('horizontal-scaling');
const oneServer = await loadSimulation('servers/one-server');
const pageLoad = await loadSimulation('clients-browser/page-load');
const dbRoundTrips = await loadSimulation('persistent-storage/database-round-trips');
const oneMachine = await loadSimulation('vertical-scaling/one-machine');
const fleet = await loadSimulation('horizontal-scaling/fleet');

function find<K extends 'number' | 'predict' | 'choice'>(
  quiz: QuizQuestion[],
  id: string,
  kind: K,
): K extends 'number' ? NumberQuestion : K extends 'predict' ? PredictQuestion : QuizQuestion {
  const q = quiz.find((x) => x.id === id);
  if (!q || (q.kind ?? 'choice') !== kind) throw new Error(`no ${kind} question "${id}"`);
  return q as never;
}
const misconception = (q: NumberQuestion, answer: number) =>
  expect(
    q.misconceptions?.some((m) => Math.abs(m.answer - answer) < 1e-9),
    `${q.id}: a misconception answer ${answer}`,
  ).toBe(true);
const right = (q: { choices: { text: string; correct?: boolean }[] }) =>
  q.choices.find((c) => c.correct)?.text ?? '';

/** Runs a chapter simulation with its defaults overridden; figures by label. */
function run(def: AnySimulation, params: Record<string, string | number>): Record<string, number> {
  const r = runSimulation(def, { ...defaultParams(def), ...params }, def.seed);
  return Object.fromEntries(r.figures.map((f) => [f.label, Number(f.value)]));
}

/** ρ = λ·S/c, with S in ms. */
const utilisation = (ratePerSec: number, serviceMs: number, cores: number) =>
  (ratePerSec * serviceMs) / 1000 / cores;

describe('servers quiz', () => {
  it('utilisation-from-rate: ρ = 30 × 0.020 ÷ 1 = 60 %', () => {
    const q = find(servers, 'utilisation-from-rate', 'number');
    expect(q.answer).toBeCloseTo(utilisation(30, 20, 1) * 100, 9);
    misconception(q, 30 * 20 * 100); // ms not converted
    misconception(q, (30 / 20) * 100);
    misconception(q, (30 / 1000) * 100);
  });

  it('workers-in-progress: L = 200 × (0.010 + 0.140) = 30 requests, CPU 2 cores busy', () => {
    const q = find(servers, 'workers-in-progress', 'number');
    expect(q.answer).toBeCloseTo(200 * (0.01 + 0.14), 9);
    misconception(q, 200 * 0.01);
    misconception(q, 200 * 0.14);
    misconception(q, 200 * 150);
    expect(q.solution).toContain(`${200 * 0.01} cores busy`);
  });

  it('cores-for-headroom: 120 × 0.025 = 3 busy cores, so 4 keep ρ below 0.8', () => {
    const q = find(servers, 'cores-for-headroom', 'choice');
    const busy = (120 * 25) / 1000;
    const smallest = [1, 2, 3, 4, 5, 6].find((c) => busy / c < 0.8);
    expect(right(q as never)).toBe(`${smallest} cores`);
    expect(busy / 3).toBe(1);
  });

  it('latency-from-50-to-90: M/M/1 mean response 40 ms → 200 ms, five-fold', () => {
    const q = find(servers, 'latency-from-50-to-90', 'choice');
    const at50 = mmcResponseMs(25, 20, 1);
    const at90 = mmcResponseMs(45, 20, 1);
    expect(at50).toBeCloseTo(40, 6);
    expect(at90).toBeCloseTo(200, 6);
    expect(right(q as never)).toContain('five-fold');
    // The proportional-to-load distractor: 40 × 0.9 / 0.5 = 72 ms.
    expect((40 * 0.9) / 0.5).toBeCloseTo(72, 9);
  });

  it('littles-law-in-server: L = 40 × 0.1 = 4, of which ρ = 0.8 in service and 3.2 waiting', () => {
    const q = find(servers, 'littles-law-in-server', 'number');
    expect(q.answer).toBeCloseTo(40 * 0.1, 9);
    expect(utilisation(40, 20, 1)).toBeCloseTo(0.8, 9);
    expect(mmcResponseMs(40, 20, 1)).toBeCloseTo(100, 6);
    expect(q.solution).toContain('0.8 being served and 3.2 waiting');
    expect(40 * 0.1 - utilisation(40, 20, 1)).toBeCloseTo(3.2, 9);
    misconception(q, 40 * 100);
    misconception(q, 40 / 100);
  });

  it('steady-arrivals-p95: steady 45 req/s gives p95 = 20 ms, random gives hundreds', () => {
    const q = find(servers, 'steady-arrivals-p95', 'predict');
    expect(q.simulation).toBe('servers/one-server');
    const steady = run(oneServer, { ratePerSec: 45, serviceMs: 20, cores: 1, mode: 'steady' });
    const random = run(oneServer, { ratePerSec: 45, serviceMs: 20, cores: 1, mode: 'random' });
    expect(steady['Latency p95']).toBeCloseTo(20, 0);
    expect(random['Latency p95']).toBeGreaterThan(200);
    expect(right(q)).toMatch(/About 20 ms/);
  });
});

describe('clients-browser quiz', () => {
  it('fibre-round-trip: 2 × 6,000 km ÷ 200,000 km/s = 60 ms', () => {
    const q = find(clients, 'fibre-round-trip', 'number');
    const oneWayMs = (6000 / 200_000) * 1000;
    expect(q.answer).toBeCloseTo(2 * oneWayMs, 9);
    misconception(q, oneWayMs);
    misconception(q, (6000 / 100) * 1 * 2); // "1 ms per 100 km each way"
    misconception(q, ((2 * 6000) / 300_000) * 1000); // vacuum
  });

  it('transfer-time: 500,000 B × 8 ÷ 10 Mbit/s = 400 ms', () => {
    const q = find(clients, 'transfer-time', 'number');
    expect(q.answer).toBeCloseTo(((500_000 * 8) / 10_000_000) * 1000, 9);
    misconception(q, (500_000 / 10_000_000) * 1000);
    misconception(q, (500_000 * 8) / 10_000_000);
  });

  it('round-trips-for-page: 2 + 1 + ⌈10 ÷ 6⌉ = 5', () => {
    const q = find(clients, 'round-trips-for-page', 'number');
    expect(q.answer).toBe(2 + 1 + Math.ceil(10 / 6));
    misconception(q, 2 + 1 + 10);
    misconception(q, 1 + Math.ceil(10 / 6));
    misconception(q, 2 + 1 + Math.floor(10 / 6));
  });

  it('halve-rtt-or-double-bandwidth: halving 1.6 s saves 0.8 s, doubling bandwidth 0.2 s', () => {
    const q = find(clients, 'halve-rtt-or-double-bandwidth', 'choice');
    expect(1.6 / 2).toBeCloseTo(0.8, 9);
    expect(0.4 / 2).toBeCloseTo(0.2, 9);
    expect(right(q as never)).toContain('0.8 s');
  });

  it('bandwidth-past-the-knee: 20 → 100 Mbit/s cuts load time by under a tenth, 720 → 660 ms', () => {
    const q = find(clients, 'bandwidth-past-the-knee', 'predict');
    const at20 = run(pageLoad, { page: 'shop', rttMs: 100, connections: 6, bandwidthMbps: 20 });
    const at100 = run(pageLoad, { page: 'shop', rttMs: 100, connections: 6, bandwidthMbps: 100 });
    const at5 = run(pageLoad, { page: 'shop', rttMs: 100, connections: 6, bandwidthMbps: 5 });
    expect(at20['Load time']).toBeGreaterThan(690);
    expect(at20['Load time']).toBeLessThan(750);
    expect(at100['Load time']).toBeGreaterThan(630);
    expect(at100['Load time']).toBeLessThan(690);
    expect(1 - at100['Load time']! / at20['Load time']!).toBeLessThan(0.1);
    expect(at20['Page size']).toBeCloseTo(312, 0);
    expect(at20['Bytes alone (size ÷ bandwidth)']).toBeGreaterThan(115);
    expect(at20['Bytes alone (size ÷ bandwidth)']).toBeLessThan(135);
    // The distractor's "over a second at 5 Mbit/s".
    expect(at5['Load time']).toBeGreaterThan(1000);
    expect(right(q)).toContain('less than a tenth');
  });
});

describe('persistent-storage quiz', () => {
  it('time-in-database: 10 × (80 + 2) = 820 ms', () => {
    const q = find(storage, 'time-in-database', 'number');
    expect(q.answer).toBe(10 * (80 + 2));
    misconception(q, 80 + 10 * 2);
    misconception(q, 10 * 2);
    misconception(q, 10 * (40 + 2));
  });

  it('pool-littles-law: 500 × 0.082 = 41 connections', () => {
    const q = find(storage, 'pool-littles-law', 'number');
    expect(q.answer).toBeCloseTo(500 * 0.082, 9);
    misconception(q, 500 * 0.002);
    misconception(q, 500 * 82);
    expect(Math.round(500 / 82)).toBe(6);
    expect(q.solution).toContain('410 %');
    expect((500 * 0.082) / 10).toBeCloseTo(4.1, 9);
  });

  it('pools-times-servers: 20 × 100 = 2,000 against max_connections 100', () => {
    const q = find(storage, 'pools-times-servers', 'choice');
    expect(20 * 100).toBe(2000);
    expect(right(q as never)).toContain('2,000');
  });

  it('far-database-small-pool: in another region, the pool of 10 starves and the database idles', () => {
    const q = find(storage, 'far-database-small-pool', 'predict');
    const far = run(dbRoundTrips, {
      location: 'other-region',
      queries: 10,
      ratePerSec: 100,
      poolSize: 10,
    });
    expect(far['Throughput']).toBeLessThan(5);
    expect(far['Database utilisation']).toBeLessThan(10);
    expect(far['Connections busy (Little’s law)']).toBeGreaterThan(80);
    expect(far['Connections busy (Little’s law)']).toBeLessThan(84);
    expect(right(q)).toMatch(/pool runs out/);
  });
});

describe('vertical-scaling quiz', () => {
  it('cores-for-product-api: 300 × 0.020 = 6 busy cores; 6 ÷ 8 = 0.75', () => {
    const q = find(vertical, 'cores-for-product-api', 'choice');
    const busy = (300 * 20) / 1000;
    const sizes = [1, 2, 4, 8, 16, 32, 64];
    expect(right(q as never)).toBe(`${sizes.find((c) => busy / c <= 0.75)} cores`);
    expect(busy / 4).toBe(1.5);
  });

  it('checkout-memory: 500 MB + 200 × 0.31 × 100 MB = 6,700 MB', () => {
    const q = find(vertical, 'checkout-memory', 'number');
    const inProgress = 200 * 0.31;
    expect(inProgress).toBeCloseTo(62, 9);
    expect(q.answer).toBeCloseTo(500 + inProgress * 100, 6);
    misconception(q, 500 + 200 * 100);
    misconception(q, 500 + 200 * 0.01 * 100);
    misconception(q, Math.round(inProgress * 100));
  });

  it('product-api-on-medium: goes bad a little before 200 req/s, loses requests, RAM never full', () => {
    const q = find(vertical, 'product-api-on-medium', 'predict');
    const r = run(oneMachine, { size: 'medium', workload: 'api', peak: 300 });
    expect(r['CPU full at']).toBe(200);
    expect(r['Went bad at (simulated)']).toBeLessThanOrEqual(200);
    expect(r['Went bad at (simulated)']).toBeGreaterThan(150);
    expect(r['Lost requests']).toBeGreaterThan(0);
    expect(r['RAM full at']).toBeGreaterThan(300);
    expect(right(q)).toMatch(/before 200 req\/s/);
  });
});

describe('horizontal-scaling quiz', () => {
  it('servers-n-plus-one: ⌈900 × 0.020 ÷ (2 × 0.7)⌉ + 1 = 14', () => {
    const q = find(horizontal, 'servers-n-plus-one', 'number');
    const busy = 900 * 0.02;
    const n = Math.ceil(busy / (2 * 0.7));
    expect(q.answer).toBe(n + 1);
    misconception(q, n);
    misconception(q, Math.ceil(busy / 2) + 1);
    misconception(q, Math.floor(busy / (2 * 0.7)));
    expect(busy / (n * 2)).toBeLessThanOrEqual(0.7);
  });

  it('two-of-four-crash: one crash keeps p95 under ~100 ms; two push it to seconds and lose requests', () => {
    const q = find(horizontal, 'two-of-four-crash', 'predict');
    const one = run(fleet, { servers: 4, rate: 240, failing: '1' });
    const two = run(fleet, { servers: 4, rate: 240, failing: '2' });
    expect(one['Latency p95']).toBeLessThan(100);
    expect(one['Lost requests']).toBeLessThan(1);
    expect(two['Load with the failed servers down']).toBeCloseTo(120, 6);
    expect(two['Latency p95']).toBeGreaterThan(1000);
    expect(two['Lost requests']).toBeGreaterThan(one['Lost requests']!);
    expect(right(q)).toMatch(/120 %/);
  });
});
