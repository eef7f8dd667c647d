/**
 * @expect fail: Every line reaches
 * Audit learner: flushes every maxDelayMs, forgetting that the batch still has to travel.
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
  return { batchSize: n.maxLostLines + 1, flushIntervalMs: n.maxDelayMs };
}
