/**
 * @expect fail: Buys no more servers
 * Adds 10 % spare capacity instead of one whole server, which covers a failure only in big fleets.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  return Math.ceil((busyCores / (coresPerServer * maxUtilisation)) * 1.1);
}
