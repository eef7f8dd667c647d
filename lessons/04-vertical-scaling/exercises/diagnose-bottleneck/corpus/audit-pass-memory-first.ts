/**
 * @expect pass
 * Memory first: an out-of-memory kill (crashes) or memory wanted above RAM in any second means
 * memory; otherwise a CPU busy 90 % or more means CPU; otherwise nothing.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const crashes = result.summary.servers[0]?.crashes ?? 0;
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (crashes > 0 || peak > machine.memoryMb) return 'memory';
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
