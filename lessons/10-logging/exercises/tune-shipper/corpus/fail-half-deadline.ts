/**
 * @expect fail: No more batches
 * Thinks a line can wait a flush interval and then another before it ships, so halves the time left
 * after travel: meets the deadline, but flushes twice as often as needed.
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
    batchSize: needs.maxLostLines + 1,
    flushIntervalMs: (needs.maxDelayMs - needs.shipDelayMs) / 2,
  };
}
