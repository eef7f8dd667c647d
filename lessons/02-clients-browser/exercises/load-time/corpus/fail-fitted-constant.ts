/**
 * @expect fail: roundTrips()
 * Fits the worked example (14 files, 6 connections → 6) with a constant instead of counting.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  return (bytes * 8) / (bandwidthMbps * 1000);
}

export function roundTrips(): number {
  return 6;
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return roundTrips() * link.rttMs + transferMs(bytes, link.bandwidthMbps);
}
