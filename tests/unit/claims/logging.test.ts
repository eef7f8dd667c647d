/**
 * What chapter 10's prose claims about its simulation and its arithmetic, computed from the same
 * simulation (same seed as the page) and the same formulas.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import { simulate } from 'archlab';
import crashLogs, {
  CRASH_AT_MS,
  DOWN_MS,
  scenario,
  survivors,
} from '../../../lessons/10-logging/simulations/crash-logs.ts';

const run = (params: Record<string, unknown>) => {
  const sim: AnySimulation = crashLogs;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};

describe('logging/crash-logs', () => {
  it('local logs lose the crashed server’s whole history, shipped logs at most a batch', () => {
    const local = run({ mode: 'local' });
    const shipped = run({ mode: 'shipped' });
    expect(local('Lines lost')).toBeGreaterThan(10 * shipped('Lines lost'));
    expect(shipped('Lines lost')).toBeLessThan(100);
    expect(local('web1 errors in its last 5 s: readable')).toBe(0);
    expect(shipped('web1 errors in its last 5 s: readable')).toBeGreaterThan(0);
  });

  it('local logs: web1’s lines before the crash are gone, those after its replacement starts are there', () => {
    const r = simulate(scenario('local', 80, 100, 1000, 50), { seed: crashLogs.seed });
    const web1 = survivors('local', r.logs).filter((l) => l.server === 'web1');
    expect(web1.filter((l) => l.tMs < CRASH_AT_MS)).toHaveLength(0);
    expect(web1.filter((l) => l.tMs >= CRASH_AT_MS + DOWN_MS).length).toBeGreaterThan(0);
  });

  it('big batches and rare flushes lose the errors before the crash (a blind spot of seconds)', () => {
    const big = run({ batchSize: 500, flushIntervalMs: 5000 });
    expect(big('Blind spot')).toBeGreaterThan(3000);
    expect(big('web1 errors in its last 5 s: readable')).toBe(0);
  });

  it('batches of 10 lose almost nothing but ship many more batches', () => {
    const small = run({ batchSize: 10 });
    const base = run({});
    expect(small('Lines lost')).toBeLessThan(10);
    expect(small('Batches shipped')).toBeGreaterThan(3 * base('Batches shipped'));
  });

  it('a longer shipping delay barely changes what is lost', () => {
    const slow = run({ shipDelayMs: 2000 });
    const base = run({});
    expect(Math.abs(slow('Lines lost') - base('Lines lost'))).toBeLessThanOrEqual(
      Math.max(5, 0.2 * base('Lines lost')),
    );
  });
});

describe('logging arithmetic in the prose', () => {
  it('200 requests/s with one info line each is about 17 million lines a day', () => {
    expect(200 * 86_400).toBe(17_280_000);
  });

  it('the worked examples: batch 100, flush 1 s', () => {
    // 400 lines/s fills a batch of 100 in 0.25 s; the buffer holds at most 99 lines.
    expect(100 / 400).toBe(0.25);
    expect(100 - 1).toBe(99);
    // 20 lines/s never fills it within the 1 s flush: at most about 20 lines are lost.
    expect(20 * 1).toBeLessThan(100);
    // An hour of local files at 400 lines/s.
    expect(400 * 3600).toBe(1_440_000);
  });

  it('400 lines/s in batches of 50 is 8 batches/s, in batches of 5 is 80', () => {
    expect(400 / 50).toBe(8);
    expect(400 / 5).toBe(80);
  });
});

describe('the worked examples on the engine (batch 100, flush 1 s)', () => {
  const batchesPerSec = (linesPerSec: number) => {
    const r = simulate(
      {
        durationMs: 10_000,
        resolutionMs: 1_000,
        traffic: { kind: 'poisson', ratePerSec: linesPerSec },
        servers: [{ name: 'web1', cores: 64, serviceTime: 1 }],
        logs: { mode: 'shipped', batchSize: 100, flushIntervalMs: 1_000, keepRecords: 0 },
      },
      { seed: 4 },
    );
    return r.summary.logs!.batches / 10;
  };

  it('400 lines/s: about 4 full batches + 1 at the flush each second; 20 lines/s: about 1', () => {
    expect(batchesPerSec(400)).toBeGreaterThan(4.5);
    expect(batchesPerSec(400)).toBeLessThan(5.5);
    expect(batchesPerSec(20)).toBeGreaterThan(0.8);
    expect(batchesPerSec(20)).toBeLessThan(1.2);
  });
});
