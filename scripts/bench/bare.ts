/**
 * A bare M/M/1 loop, the yardstick for the engine's speed: the least a discrete-event simulation of
 * one exponential server can do per event in JavaScript — a binary heap over typed arrays,
 * xorshift128+ for randomness, inverse-transform exponentials, a counter for the queue. No
 * models, no recorder, no validation. The bench runs it in the same process as the engine, on the
 * same number of requests, and reports engine ÷ bare: a ratio that the load of a shared machine
 * affects far less than either figure alone.
 */

const ARRIVAL = 0;
const DEPARTURE = 1;

/** Run `requests` arrivals at rate `rho`/s into one server with mean 1 s; returns events processed. */
export function bareMm1(
  requests: number,
  rho = 0.8,
  seed = 1,
): { events: number; meanWaitMs: number } {
  // xorshift128+ state in four 32-bit halves (no BigInt: it would allocate).
  let s0h = (seed * 0x9e3779b9) | 0 || 1;
  let s0l = 0x6a09e667;
  let s1h = 0xbb67ae85 | 0;
  let s1l = (seed ^ 0x3c6ef372) | 0;
  const uniform = (): number => {
    // xorshift128+ (Vigna 2014) on 32-bit halves; 53 bits from the high words of two outputs.
    let xh = s0h;
    let xl = s0l;
    const yh = s1h;
    const yl = s1l;
    s0h = yh;
    s0l = yl;
    // x ^= x << 23
    xh ^= (xh << 23) | (xl >>> 9);
    xl ^= xl << 23;
    // x ^= x >> 17
    xl ^= (xl >>> 17) | (xh << 15);
    xh ^= xh >>> 17;
    // x ^= y ^ (y >> 26)
    xh ^= yh ^ (yh >>> 26);
    xl ^= yl ^ ((yl >>> 26) | (yh << 6));
    s1h = xh;
    s1l = xl;
    const hi = ((xh + yh) >>> 0) & 0x1fffff;
    const lo = (xl + yl) >>> 0;
    return (hi * 4294967296 + lo) / 9007199254740992;
  };
  const exp = (mean: number): number => -mean * Math.log(1 - uniform());

  let cap = 1024;
  let time = new Float64Array(cap);
  let kind = new Int32Array(cap);
  let n = 0;
  const push = (t: number, k: number): void => {
    if (n === cap) {
      cap *= 2;
      const nt = new Float64Array(cap);
      nt.set(time);
      time = nt;
      const nk = new Int32Array(cap);
      nk.set(kind);
      kind = nk;
    }
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (time[p]! <= t) break;
      time[i] = time[p]!;
      kind[i] = kind[p]!;
      i = p;
    }
    time[i] = t;
    kind[i] = k;
  };
  const pop = (): void => {
    const last = --n;
    const t = time[last]!;
    const k = kind[last]!;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      if (c + 1 < last && time[c + 1]! < time[c]!) c++;
      if (time[c]! >= t) break;
      time[i] = time[c]!;
      kind[i] = kind[c]!;
      i = c;
    }
    time[i] = t;
    kind[i] = k;
  };

  const meanGap = 1000 / rho;
  const stop = (requests / rho) * 1000;
  // Arrival times of queued requests, a ring buffer, for the waiting time.
  let qcap = 1024;
  let q = new Float64Array(qcap);
  let qh = 0;
  let qn = 0;
  let busy = false;
  let events = 0;
  let waitSum = 0;
  let served = 0;
  push(exp(meanGap), ARRIVAL);
  while (n > 0) {
    const now = time[0]!;
    const k = kind[0]!;
    pop();
    events++;
    if (k === ARRIVAL) {
      const next = now + exp(meanGap);
      if (next < stop) push(next, ARRIVAL);
      if (!busy) {
        busy = true;
        served++;
        push(now + exp(1000), DEPARTURE);
      } else {
        if (qn === qcap) {
          const nq = new Float64Array(qcap * 2);
          for (let i = 0; i < qn; i++) nq[i] = q[(qh + i) % qcap]!;
          q = nq;
          qh = 0;
          qcap *= 2;
        }
        q[(qh + qn) % qcap] = now;
        qn++;
      }
    } else if (qn > 0) {
      const arrived = q[qh]!;
      qh = (qh + 1) % qcap;
      qn--;
      waitSum += now - arrived;
      served++;
      push(now + exp(1000), DEPARTURE);
    } else busy = false;
  }
  return { events, meanWaitMs: waitSum / served };
}
