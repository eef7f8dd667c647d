// A server is slow. Before you pay for a bigger one, find out what it is short of: more cores do
// nothing for an application that runs out of RAM, and more RAM nothing for one short of CPU.
// You get what the monitoring recorded during the incident (an engine run) and the machine.
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  // A busy CPU is one culprit.
  if (result.summary.utilisation >= 0.9) return 'cpu';
  // TODO: memory. result.series.metrics.memoryMb holds the memory the application wanted, one
  //       value per second (it can exceed machine.memoryMb: the rest is paged to disk); the
  //       summary also has majorFaultsPerSec and ioWait. What does paging do to the CPU figure?
  // TODO: an out-of-memory kill restarts the process: see result.summary.servers[0].crashes.
  return 'ok';
}
