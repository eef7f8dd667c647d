/**
 * @expect pass
 * Audit learner: searches for the largest batch whose worst-case buffer (batch - 1) is within the
 * loss limit, and the longest whole-ms interval that still meets the deadline.
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
  let batchSize = 1;
  while (batchSize < n.maxLostLines + 1) batchSize += 1;
  let flushIntervalMs = n.maxDelayMs;
  while (flushIntervalMs + n.shipDelayMs > n.maxDelayMs) flushIntervalMs -= 1;
  return { batchSize, flushIntervalMs };
}
