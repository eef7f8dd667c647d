import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { checkNumber } from './errors.ts';

/** SplitMix32 finaliser: spreads nearby seeds (1, 2, 3…) over the whole state space. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/**
 * Seeded random numbers: xoroshiro128+ (pure-rand), doubles with 53 random bits.
 * `fork()` hands out independent streams (2^64 draws apart) so adding a model does not shift
 * the numbers another model sees.
 */
export class Rng {
  private readonly gen: JumpableRandomGenerator;

  /** Make a generator from an integer seed (any 32-bit integer; same seed → same numbers). */
  constructor(seed: number | JumpableRandomGenerator) {
    if (typeof seed === 'number') {
      checkNumber(seed, 'seed', { integer: true });
      this.gen = xoroshiro128plus(mix32(seed | 0) ^ mix32((seed / 4294967296) | 0));
      // The first outputs of a freshly seeded xoroshiro are weakly mixed; discard a few.
      for (let i = 0; i < 16; i++) this.gen.next();
    } else {
      this.gen = seed;
    }
  }

  /** Uniform double in [0, 1). */
  next(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform double in (0, 1]: safe under a logarithm. */
  nextOpen(): number {
    return 1 - uniformFloat64(this.gen);
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(uniformFloat64(this.gen) * n);
  }

  /** An independent stream; this generator jumps ahead 2^64 draws so the two never overlap. */
  fork(): Rng {
    const child = new Rng(this.gen.clone());
    this.gen.jump();
    return child;
  }
}
