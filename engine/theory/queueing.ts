/**
 * Closed-form answers from queueing theory, for comparing a simulation (and a learner's guess)
 * with the textbook. Pure numbers in, numbers out; times in ms, rates in requests per second.
 * Each returns Infinity (or 1 for probabilities) where the queue has no steady state (ρ ≥ 1).
 */

/** Service rate μ of one worker, requests per second, for a mean service time in ms. */
export function serviceRatePerSec(serviceMs: number): number {
  return 1000 / serviceMs;
}

/** Utilisation ρ = λ / (c·μ): the share of time the c workers are busy (may exceed 1 when overloaded). */
export function utilisation(ratePerSec: number, serviceMs: number, workers = 1): number {
  return (ratePerSec * serviceMs) / 1000 / workers;
}

/** Requests per second c workers can answer at full load: c·μ (the ρ = 1 point). */
export function capacityPerSec(serviceMs: number, workers = 1): number {
  return workers * serviceRatePerSec(serviceMs);
}

/** Little's law L = λ·W: requests in the system, from the arrival rate and the mean time each spends. */
export function littlesLaw(ratePerSec: number, meanTimeMs: number): number {
  return (ratePerSec * meanTimeMs) / 1000;
}

/** Little's law solved for λ = L / W: the rate that keeps `inSystem` requests in flight. */
export function littlesRate(inSystem: number, meanTimeMs: number): number {
  return (inSystem * 1000) / meanTimeMs;
}

/** M/M/1 mean response time W = 1/(μ − λ), ms; Infinity at ρ ≥ 1. */
export function mm1ResponseMs(ratePerSec: number, serviceMs: number): number {
  const mu = serviceRatePerSec(serviceMs);
  return ratePerSec >= mu ? Infinity : 1000 / (mu - ratePerSec);
}

/** Erlang C: probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
export function erlangC(workers: number, offered: number): number {
  const rho = offered / workers;
  if (rho >= 1) return 1;
  if (offered <= 0) return 0;
  // Sum a^k/k! iteratively to stay finite for any worker count.
  let term = 1;
  let sum = 1;
  for (let k = 1; k < workers; k++) {
    term *= offered / k;
    sum += term;
  }
  const last = (term * offered) / workers / (1 - rho);
  return last / (sum + last);
}

/** M/M/c mean response time (wait + service), ms: S + C(c, a)·S / (c·(1 − ρ)); Infinity at ρ ≥ 1. */
export function mmcResponseMs(ratePerSec: number, serviceMs: number, workers: number): number {
  const offered = utilisation(ratePerSec, serviceMs, 1);
  const rho = offered / workers;
  if (rho >= 1) return Infinity;
  return serviceMs + (erlangC(workers, offered) * serviceMs) / (workers * (1 - rho));
}

/**
 * The fewest workers of an M/M/c queue whose mean response time is at most `targetMs`
 * (Infinity when even `maxWorkers` cannot, or the target is below the service time itself).
 */
export function workersNeeded(
  ratePerSec: number,
  serviceMs: number,
  targetMs: number,
  maxWorkers = 10_000,
): number {
  if (targetMs < serviceMs) return Infinity;
  const least = Math.max(1, Math.floor(utilisation(ratePerSec, serviceMs) + 1));
  for (let c = least; c <= maxWorkers; c++) {
    if (mmcResponseMs(ratePerSec, serviceMs, c) <= targetMs) return c;
  }
  return Infinity;
}
