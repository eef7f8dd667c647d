/**
 * @expect fail: No more batches
 * Audit learner: plays safe with batchSize = N and half the allowed interval, sending more batches than needed.
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
  return { batchSize: n.maxLostLines, flushIntervalMs: (n.maxDelayMs - n.shipDelayMs) / 2 };
}
