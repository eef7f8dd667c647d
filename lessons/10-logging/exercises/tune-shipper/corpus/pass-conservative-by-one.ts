/**
 * @expect pass
 * Reads “lose at most N” as “never buffer N”: batchSize = maxLostLines, one line smaller than it
 * could be, and the longest flush interval the deadline allows.
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

export function shipperFor({ maxLostLines, maxDelayMs, shipDelayMs }: ShipperNeeds): ShipperConfig {
  const flushIntervalMs = maxDelayMs - shipDelayMs;
  return { batchSize: Math.max(1, maxLostLines), flushIntervalMs };
}
