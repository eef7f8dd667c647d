/**
 * @expect fail: Every line reaches
 * Uses the whole deadline as the flush interval and forgets the time a batch takes to travel.
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

export function shipperFor(needs: ShipperNeeds): ShipperConfig {
  return { batchSize: needs.maxLostLines + 1, flushIntervalMs: needs.maxDelayMs };
}
