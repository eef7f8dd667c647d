/**
 * @expect pass
 * The buffer holds at most batchSize − 1 lines, so batchSize = maxLostLines + 1; a line waits at
 * most one flush interval, then travels: flush = maxDelayMs − shipDelayMs.
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
    flushIntervalMs: needs.maxDelayMs - needs.shipDelayMs,
  };
}
