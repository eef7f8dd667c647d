// Configure a log shipper. Each server buffers lines in memory and sends them to the log service
// in batches: when the buffer holds `batchSize` lines, or every `flushIntervalMs`, whichever
// comes first. A crash loses whatever is still in the buffer.

export interface ShipperNeeds {
  /** Lines one server writes per second. */
  linesPerSec: number;
  /** A crash may lose at most this many lines. */
  maxLostLines: number;
  /** Every line must reach the log service within this long after it was written, ms. */
  maxDelayMs: number;
  /** Time one batch takes to travel to the log service, ms. */
  shipDelayMs: number;
}

export interface ShipperConfig {
  batchSize: number;
  flushIntervalMs: number;
}

export function shipperFor(needs: ShipperNeeds): ShipperConfig {
  // The buffer ships as soon as it holds batchSize lines, so it never holds more than
  // batchSize − 1 when the server dies: batchSize = maxLostLines + 1 is the largest safe batch.
  const batchSize = Math.floor(needs.maxLostLines) + 1;
  // A line waits at most one flush interval in the buffer, then travels for shipDelayMs.
  // Flushing as rarely as the deadline allows keeps the number of batches (requests) low.
  const flushIntervalMs = needs.maxDelayMs - needs.shipDelayMs;
  return { batchSize, flushIntervalMs };
}
