/**
 * @expect fail: Does not cry wolf
 * Reads paging from latency alone: slow (p95 above 300 ms) with a CPU under half busy must be
 * memory. A machine whose requests wait on the database is slow and idle too, and healthy.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  void machine;
  const s = result.summary;
  if ((s.servers[0]?.crashes ?? 0) > 0) return 'memory';
  if (s.latencyMs.p95 > 300 && s.utilisation < 0.5) return 'memory';
  if (s.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
