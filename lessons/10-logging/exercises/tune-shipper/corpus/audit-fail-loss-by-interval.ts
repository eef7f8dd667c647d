/**
 * @expect fail: A crash loses at most
 * Audit learner: bounds the loss with the flush interval alone (lines per second x interval = N) and
 * keeps a big batch, so a burst or a busy server loses more than N.
 */
export interface ShipperNeeds {
  linesPerSec: number;
  maxLostLines: number;
  maxDelayMs: number;
  shipDelayMs: number;
}
export interface ShipperConfig {
  batchSize: number;
  flushIntervalMs: number;
}

export function shipperFor(n: ShipperNeeds): ShipperConfig {
  const byLoss = (n.maxLostLines / n.linesPerSec) * 1000;
  return { batchSize: 1000, flushIntervalMs: Math.min(byLoss, n.maxDelayMs - n.shipDelayMs) };
}
