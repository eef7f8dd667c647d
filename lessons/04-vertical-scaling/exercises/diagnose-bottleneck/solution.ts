// A server is slow. Before you pay for a bigger one, find out what it is short of: more cores do
// nothing for an application that runs out of RAM, and more RAM nothing for one short of CPU.
// You get what the monitoring recorded during the incident (an engine run) and the machine.
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const server = result.summary.servers[0]!;
  const peakMemoryMb = Math.max(...result.series.metrics.memoryMb);
  // Memory: the application wanted more than the RAM (so it paged: major faults, iowait, and a
  // CPU that idles while latency explodes), or an out-of-memory kill emptied it (crashes).
  if (peakMemoryMb > machine.memoryMb || server.crashes > 0) return 'memory';
  // Then the CPU: busy nearly all the time, with requests queueing or refused.
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
