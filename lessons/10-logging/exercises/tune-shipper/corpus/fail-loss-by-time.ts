/**
 * @expect fail: A crash loses
 * Bounds the loss with time only: flush as often as maxLostLines lines take to write, and a huge
 * batch. Traffic comes in bursts, so some flush intervals hold more lines than that.
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
  const flushForLoss = (needs.maxLostLines / needs.linesPerSec) * 1000;
  return {
    batchSize: 100_000,
    flushIntervalMs: Math.min(flushForLoss, needs.maxDelayMs - needs.shipDelayMs),
  };
}
