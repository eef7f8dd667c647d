/**
 * @expect fail: A crash loses
 * One configuration that suits the busy server in the chapter's table (batches of 100, a flush a
 * second), used for every server whatever its needs.
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

export function shipperFor(): ShipperConfig {
  return { batchSize: 100, flushIntervalMs: 1000 };
}
