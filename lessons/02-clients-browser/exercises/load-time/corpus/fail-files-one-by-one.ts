/**
 * @expect fail: roundTrips()
 * Ignores parallel connections: one round trip per file after the handshakes and the HTML.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  return (bytes * 8) / (bandwidthMbps * 1000);
}

export function roundTrips(files: number): number {
  return 3 + files;
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return roundTrips(fileBytes.length) * link.rttMs + transferMs(bytes, link.bandwidthMbps);
}
