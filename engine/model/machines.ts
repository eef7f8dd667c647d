import { ConfigError } from '../core/errors.ts';

/** One machine size of the vertical-scaling catalogue. */
export interface MachineSize {
  /** Size name, e.g. 'large'. */
  readonly name: string;
  /** CPU cores (vCPUs). */
  readonly cores: number;
  /** RAM, MB. */
  readonly memoryMb: number;
  /** Per-core speed factor (big machines are not faster per core). */
  readonly speed: number;
  /** On-demand price, USD per hour. */
  readonly pricePerHour: number;
}

/**
 * One instance family, smallest to largest: each step doubles cores, memory (2 GB per core) and
 * the on-demand price ($0.025 per core-hour), so price per core is the same at every size.
 * That is how real on-demand prices work within a family: Google Compute Engine bills "each vCPU
 * and GB of memory individually" (https://cloud.google.com/compute/docs/machine-types, Billing;
 * rates per vCPU-hour and per GB-hour at https://cloud.google.com/compute/vm-instance-pricing),
 * so a predefined type with twice the vCPUs and memory costs twice as much.
 * A bigger machine is not dearer per core; the reasons against one huge machine are elsewhere:
 * `xxxlarge` is the ceiling, one machine is one failure, it is paid for at peak all day, and
 * resizing means a restart.
 */
export const machineCatalogue: readonly MachineSize[] = [
  { name: 'micro', cores: 1, memoryMb: 2048, speed: 1, pricePerHour: 0.025 },
  { name: 'small', cores: 2, memoryMb: 4096, speed: 1, pricePerHour: 0.05 },
  { name: 'medium', cores: 4, memoryMb: 8192, speed: 1, pricePerHour: 0.1 },
  { name: 'large', cores: 8, memoryMb: 16384, speed: 1, pricePerHour: 0.2 },
  { name: 'xlarge', cores: 16, memoryMb: 32768, speed: 1, pricePerHour: 0.4 },
  { name: 'xxlarge', cores: 32, memoryMb: 65536, speed: 1, pricePerHour: 0.8 },
  { name: 'xxxlarge', cores: 64, memoryMb: 131072, speed: 1, pricePerHour: 1.6 },
];

/** Names of the catalogue sizes, smallest first. */
export const machineSizeNames = machineCatalogue.map((m) => m.name);

/** The largest size: the ceiling of vertical scaling. */
export const largestMachine: MachineSize = machineCatalogue[machineCatalogue.length - 1]!;

/** Look up a size by name; throws `ConfigError` listing the sizes. */
export function machineSize(name: string, field = 'size'): MachineSize {
  const m = machineCatalogue.find((x) => x.name === name);
  if (!m)
    throw new ConfigError(
      field,
      `must be one of ${machineSizeNames.map((n) => `'${n}'`).join(', ')} (the largest is '${largestMachine.name}'), got ${JSON.stringify(name)}`,
    );
  return m;
}

/** The next bigger size, or undefined at the ceiling. */
export function nextMachineSize(name: string): MachineSize | undefined {
  const i = machineCatalogue.findIndex((x) => x.name === name);
  return i >= 0 ? machineCatalogue[i + 1] : undefined;
}
