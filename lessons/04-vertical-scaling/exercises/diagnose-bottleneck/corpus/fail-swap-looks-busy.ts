/**
 * @expect fail: Recognises a machine that is short of memory
 * The myth: expects a swapping machine to show a full CPU, so it says memory only when the CPU
 * is busy and memory is high.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const s = result.summary;
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (s.utilisation >= 0.9 && peak >= 0.9 * machine.memoryMb) return 'memory';
  if (s.utilisation >= 0.9) return 'cpu';
  if (s.servers[0]!.crashes > 0) return 'memory';
  return 'ok';
}
