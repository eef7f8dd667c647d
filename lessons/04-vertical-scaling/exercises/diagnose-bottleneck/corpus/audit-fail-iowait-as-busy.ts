/**
 * @expect fail: Recognises a machine that is short of memory
 * Counts iowait as busy CPU (utilisation + iowait ≥ 0.9 is CPU), tested before memory: a
 * paging machine is called short of CPU.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const s = result.summary;
  if (s.utilisation + s.ioWait >= 0.9) return 'cpu';
  if ((s.servers[0]?.crashes ?? 0) > 0) return 'memory';
  if (Math.max(...result.series.metrics.memoryMb) > machine.memoryMb) return 'memory';
  return 'ok';
}
