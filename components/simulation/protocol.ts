/** Messages between the simulation widget and its Worker: plain, structured-clone-safe data. */
import type { SimulationOutput } from './define.ts';

/** Page → Worker: run simulation `id` with raw form values. */
export interface RunRequest {
  requestId: number;
  id: string;
  params: Record<string, string | number>;
  seed: number;
}

/** Worker → page: the run's output, or why it failed. */
export type RunReply =
  | { requestId: number; ok: true; output: SimulationOutput; computeMs: number }
  | { requestId: number; ok: false; message: string };
