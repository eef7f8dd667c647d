/**
 * The histogram's log-free bucket lookup returns exactly what the formula ⌈ln(v/min)/ln γ⌉
 * (clamped) returns: on every bucket bound and its neighbouring doubles, on arbitrary doubles, and
 * on the special values, for the engine's shape and for others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketMap } from '../../../engine/observe/logBuckets.ts';
import { LogHistogram } from '../../../engine/observe/histogram.ts';

interface Shape {
  alpha: number;
  min: number;
  max: number;
}

const shapes: Shape[] = [
  { alpha: 0.01, min: 1e-3, max: 1e9 }, // the engine's latency histograms
  { alpha: 0.02, min: 1, max: 1e6 },
  { alpha: 0.005, min: 0.25, max: 3e7 },
];

function setup({ alpha, min, max }: Shape) {
  const gamma = (1 + alpha) / (1 - alpha);
  const inv = 1 / Math.log(gamma);
  const size = Math.ceil(Math.log(max / min) * inv) + 2;
  const formula = (v: number): number => {
    if (v <= min) return 0;
    const i = Math.ceil(Math.log(v / min) * inv);
    return i < size ? i : size - 1;
  };
  return { map: bucketMap(min, inv, size), formula, size };
}

/** The double `steps` ulps away from positive `x`. */
function ulps(x: number, steps: number): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  b[0] = b[0]! + BigInt(steps);
  return f[0]!;
}

describe('log-free bucket lookup', () => {
  for (const shape of shapes) {
    const { map, formula, size } = setup(shape);
    const label = `α ${shape.alpha}, min ${shape.min}`;

    it(`agrees with the formula on every bound ±3 ulps (${label})`, () => {
      let checked = 0;
      for (let i = 0; i < size - 1; i++) {
        for (let d = -3; d <= 3; d++) {
          const v = ulps(map.upper[i]!, d);
          expect(bucketIndex(map, v), `bound ${i} ${d >= 0 ? '+' : ''}${d} ulps (${v})`).toBe(
            formula(v),
          );
          checked++;
        }
      }
      expect(checked).toBe((size - 1) * 7);
    });

    it(`agrees with the formula on arbitrary doubles (${label})`, () => {
      fc.assert(
        fc.property(fc.double({ noNaN: false }), (v) => bucketIndex(map, v) === formula(v)),
        { numRuns: 20_000 },
      );
      // Log-uniform over the whole range, where latencies live.
      fc.assert(
        fc.property(fc.double({ min: -8, max: 14, noNaN: true }), (e) => {
          const v = 10 ** e;
          return bucketIndex(map, v) === formula(v);
        }),
        { numRuns: 50_000 },
      );
    });
  }

  it('puts special values where the formula does', () => {
    const { map, formula } = setup(shapes[0]!);
    for (const v of [0, -0, -1, NaN, Infinity, -Infinity, 5e-324, 1e-300, 1e300, 1e-3, 1e9]) {
      expect(bucketIndex(map, v), String(v)).toBe(formula(v));
    }
  });

  it('is built once per shape and shared', () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    a.record(12.5);
    b.record(12.5);
    expect(a.quantile(0.5)).toBe(b.quantile(0.5));
    const { map } = setup(shapes[0]!);
    const again = setup(shapes[0]!).map;
    expect(again).toBe(map);
  });
});
