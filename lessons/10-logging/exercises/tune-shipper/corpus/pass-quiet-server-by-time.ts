/**
 * @expect pass
 * Thinks in time: a quiet server never fills a batch before the flush, so only the busy ones need
 * the loss limit as batch size; either way the flush interval is the deadline minus the travel time.
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
  const flushIntervalMs = needs.maxDelayMs - needs.shipDelayMs;
  const linesPerFlush = (needs.linesPerSec * flushIntervalMs) / 1000;
  const batchSize = Math.min(needs.maxLostLines + 1, Math.max(1, Math.ceil(linesPerFlush) + 1));
  return { batchSize, flushIntervalMs };
}
