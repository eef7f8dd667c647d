/**
 * @expect fail: A crash loses
 * Off by one the other way: batchSize = maxLostLines + 2 (“a full buffer ships at once, so it
 * never holds N + 1 either”), which can lose N + 1 lines.
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
    batchSize: needs.maxLostLines + 2,
    flushIntervalMs: needs.maxDelayMs - needs.shipDelayMs,
  };
}
