/**
 * @expect pass
 * Reads the paging signals a dashboard shows: any major faults per second or iowait means the
 * machine paged; a restart means an out-of-memory kill; then the CPU at 90 %.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  void machine;
  const s = result.summary;
  const restarted = s.servers.some((srv) => srv.crashes > 0);
  if (restarted) return 'memory';
  if (s.majorFaultsPerSec > 0 || s.ioWait > 0.01) return 'memory';
  return s.utilisation >= 0.9 ? 'cpu' : 'ok';
}
