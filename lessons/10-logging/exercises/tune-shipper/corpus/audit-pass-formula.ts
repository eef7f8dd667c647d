/**
 * @expect pass
 * Audit learner: the buffer holds at most batchSize - 1 lines, so batchSize = N + 1; flush + ship = D.
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
  return { batchSize: n.maxLostLines + 1, flushIntervalMs: n.maxDelayMs - n.shipDelayMs };
}
