/**
 * @expect pass
 * Bits over bits per millisecond; 2 handshakes + HTML + ceil(files / connections) waves.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  return (bytes * 8) / ((bandwidthMbps * 1_000_000) / 1000);
}

export function roundTrips(files: number, connections: number): number {
  return 2 + 1 + Math.ceil(files / connections);
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
