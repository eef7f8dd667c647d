/**
 * @expect fail: No more batches
 * Plays safe: ships every 10 lines and every 100 ms. Nothing is lost and nothing is late, but the
 * log service gets many more requests than the limits need.
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
  return {
    batchSize: Math.min(10, needs.maxLostLines),
    flushIntervalMs: Math.min(100, needs.maxDelayMs - needs.shipDelayMs),
  };
}
