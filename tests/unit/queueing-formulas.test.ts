import { describe, expect, it } from 'vitest';
import {
  capacityPerSec,
  erlangC,
  littlesLaw,
  littlesRate,
  mm1ResponseMs,
  mmcResponseMs,
  serviceRatePerSec,
  utilisation,
  workersNeeded,
} from '../../engine/theory/queueing.ts';

describe('queueing formulas', () => {
  it('utilisation is λ/(c·μ) and capacity is c·μ', () => {
    expect(serviceRatePerSec(20)).toBe(50);
    expect(utilisation(40, 20)).toBeCloseTo(0.8, 12);
    expect(utilisation(240, 20, 8)).toBeCloseTo(0.6, 12);
    expect(capacityPerSec(20, 4)).toBe(200);
  });

  it("Little's law L = λW, both ways", () => {
    expect(littlesLaw(100, 250)).toBeCloseTo(25, 12);
    expect(littlesRate(25, 250)).toBeCloseTo(100, 12);
  });

  it('M/M/1: W = 1/(μ − λ), unbounded at ρ ≥ 1', () => {
    expect(mm1ResponseMs(40, 20)).toBeCloseTo(100, 9);
    expect(mm1ResponseMs(25, 20)).toBeCloseTo(40, 9);
    expect(mm1ResponseMs(50, 20)).toBe(Infinity);
  });

  it('Erlang C matches the textbook values', () => {
    // c = 2, a = 1.6: a²/(2 − a) / (1 + a + a²/(2 − a)) = 0.7111.
    expect(erlangC(2, 1.6)).toBeCloseTo(0.7111, 4);
    // One worker: the probability of waiting is ρ.
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
  });

  it('M/M/c reduces to M/M/1 for one worker and falls with more workers', () => {
    expect(mmcResponseMs(40, 20, 1)).toBeCloseTo(mm1ResponseMs(40, 20), 9);
    expect(mmcResponseMs(45, 20, 2)).toBeCloseTo(25.08, 2);
    expect(mmcResponseMs(45, 20, 3)).toBeLessThan(mmcResponseMs(45, 20, 2));
    expect(mmcResponseMs(100, 20, 2)).toBe(Infinity);
  });

  it('workersNeeded finds the fewest workers meeting a mean response target', () => {
    // 45 req/s of 20 ms work: one worker gives 200 ms (ρ = 0.9), two give 25 ms.
    expect(workersNeeded(45, 20, 30)).toBe(2);
    expect(workersNeeded(45, 20, 201)).toBe(1);
    expect(workersNeeded(45, 20, 10)).toBe(Infinity);
    const c = workersNeeded(1000, 20, 25);
    expect(mmcResponseMs(1000, 20, c)).toBeLessThanOrEqual(25);
    expect(mmcResponseMs(1000, 20, c - 1)).toBeGreaterThan(25);
  });
});
