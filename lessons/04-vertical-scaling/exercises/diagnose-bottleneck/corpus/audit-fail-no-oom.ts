/**
 * @expect fail: Recognises a machine that is short of memory
 * Memory above RAM means memory, but forgets the out-of-memory kill: after a kill memory falls
 * back to zero and the process never shows more than RAM.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  if (result.series.metrics.memoryMb.some((mb) => mb > machine.memoryMb)) return 'memory';
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
