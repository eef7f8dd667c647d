/**
 * @expect fail: Recognises a machine that is short of memory
 * Blames the CPU whenever latency is bad, before looking at anything else.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const s = result.summary;
  if (s.latencyMs.p95 > 1000 || s.utilisation >= 0.9) return 'cpu';
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (peak > machine.memoryMb || s.servers[0]!.crashes > 0) return 'memory';
  return 'ok';
}
