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
  // Big batches, rare flushes: cheap for the log service, but a crash loses up to a thousand
  // lines and a line can wait ten seconds before anyone can read it.
  // TODO: how many lines can the buffer hold when the server dies? Size batchSize from maxLostLines.
  // TODO: a line waits up to one flush interval, then travels shipDelayMs: meet maxDelayMs.
  // TODO: but do not ship more often than you need to: every batch is a request to the service.
  return { batchSize: 1000, flushIntervalMs: 10_000 };
}
