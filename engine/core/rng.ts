import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { checkNumber } from './errors.ts';

/** SplitMix32 finaliser: spreads nearby seeds (1, 2, 3…) over the whole state space. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** 2^-26 and 2^-53: two draws of 26 and 27 bits make one double with 53 random bits. */
const SCALE26 = 1.4901161193847656e-8;
const SCALE53 = 1.1102230246251565e-16;

/**
 * Seeded random numbers: xoroshiro128+ (pure-rand's, step for step), doubles with 53 random bits.
 * `fork()` hands out independent streams (2^64 draws apart) so adding a model does not shift
 * the numbers another model sees. The step and pure-rand's `uniformFloat64` are inlined here (the
 * hot path draws a few numbers per event); seeding and jumps use pure-rand itself, and the seeded
 * results test guards that every number is the same.
 */
export class Rng {
  // The 128-bit state as four 32-bit words, in pure-rand's order.
  private s01: number;
  private s00: number;
  private s11: number;
  private s10: number;

  /** Make a generator from an integer seed (any 32-bit integer; same seed → same numbers). */
  constructor(seed: number | readonly number[]) {
    if (typeof seed === 'number') {
      checkNumber(seed, 'seed', { integer: true });
      const gen = xoroshiro128plus(mix32(seed | 0) ^ mix32((seed / 4294967296) | 0));
      const [s01, s00, s11, s10] = gen.getState() as [number, number, number, number];
      this.s01 = s01;
      this.s00 = s00;
      this.s11 = s11;
      this.s10 = s10;
      // The first outputs of a freshly seeded xoroshiro are weakly mixed; discard a few.
      for (let i = 0; i < 16; i++) this.step();
    } else {
      this.s01 = seed[0]!;
      this.s00 = seed[1]!;
      this.s11 = seed[2]!;
      this.s10 = seed[3]!;
    }
  }

  /** One xoroshiro128+ step: the next 32-bit output. */
  private step(): number {
    const s00 = this.s00;
    const s01 = this.s01;
    const out = (s00 + this.s10) | 0;
    const a0 = this.s10 ^ s00;
    const a1 = this.s11 ^ s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /** Uniform double in [0, 1): two steps (written out: this is the engine's hottest call). */
  next(): number {
    let s00 = this.s00;
    let s01 = this.s01;
    let s10 = this.s10;
    let s11 = this.s11;
    const v1 = ((s00 + s10) | 0) & 0x3ffffff;
    let a0 = s10 ^ s00;
    let a1 = s11 ^ s01;
    let n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    let n01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    s00 = n00;
    s01 = n01;
    const v2 = ((s00 + s10) | 0) & 0x7ffffff;
    a0 = s10 ^ s00;
    a1 = s11 ^ s01;
    n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    n01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    this.s00 = n00;
    this.s01 = n01;
    return v1 * SCALE26 + v2 * SCALE53;
  }

  /** Uniform double in (0, 1]: safe under a logarithm. */
  nextOpen(): number {
    return 1 - this.next();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An independent stream; this generator jumps ahead 2^64 draws so the two never overlap. */
  fork(): Rng {
    const child = new Rng([this.s01, this.s00, this.s11, this.s10]);
    const gen = xoroshiro128plusFromState([this.s01, this.s00, this.s11, this.s10]);
    gen.jump();
    const [s01, s00, s11, s10] = gen.getState() as [number, number, number, number];
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
    return child;
  }
}
