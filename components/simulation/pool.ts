/**
 * Where simulations run: a Worker (through the generic `runner/workerClient.ts`), so a long run
 * never blocks typing or scrolling; on the page when this browser cannot start the Worker.
 */
import { runSimulation, type SimulationOutput } from './define.ts';
import type { RunReply, RunRequest } from './protocol.ts';
import {
  WorkerClient,
  WorkerFailed,
  WorkerTimeout,
  type WorkerEndpoint,
} from '../../runner/workerClient.ts';

/** A run slower than this is abandoned and its Worker replaced. */
export const WATCHDOG_MS = 8000;
/**
 * The first run on a fresh Worker also starts the Worker and loads the simulation's code: on a
 * slow phone, or a machine busy with the editor and compiler, that alone can take seconds, and
 * abandoning it would only start the same wait again.
 */
export const FIRST_RUN_WATCHDOG_MS = 20_000;

/** `new Worker` itself threw (old browser, blocked): compute on the page from now on. */
class NoWorker extends Error {}

function spawn(): WorkerEndpoint<RunRequest, RunReply> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    throw new NoWorker(error instanceof Error ? error.message : String(error));
  }
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) =>
      worker.addEventListener('message', (e: MessageEvent<RunReply>) => listener(e.data)),
    onError: (listener) => worker.addEventListener('error', (e) => listener(e.message)),
    terminate: () => worker.terminate(),
  };
}

const client = new WorkerClient<RunRequest, RunReply>({
  spawn,
  requestOf: (reply) => reply.requestId,
  isReply: () => true,
});
let broken = false;
/** The Worker that has answered a run (later runs on it get the shorter limit). */
let warmWorker: number | undefined;

/** Run simulation `id`; rejects when `signal` aborts (a newer run replaced it) or the run fails. */
export async function compute(
  id: string,
  params: RunRequest['params'],
  seed: number,
  signal: AbortSignal,
): Promise<SimulationOutput> {
  if (!broken) {
    try {
      const fresh = client.workerId === undefined || client.workerId !== warmWorker;
      const reply = await client.request((requestId) => ({ requestId, id, params, seed }), {
        timeoutMs: fresh ? FIRST_RUN_WATCHDOG_MS : WATCHDOG_MS,
        signal,
      });
      warmWorker = client.workerId;
      if (reply.ok) return reply.output;
      throw new Error(reply.message);
    } catch (error) {
      if (error instanceof WorkerTimeout) {
        throw new Error('The simulation took too long and was stopped.');
      }
      if (error instanceof WorkerFailed) {
        // A Worker that cannot even load (old browser, blocked) makes us compute on the page.
        broken = true;
        throw new Error('The simulation worker failed to start.');
      }
      if (!(error instanceof NoWorker)) throw error;
      broken = true;
    }
  }
  signal.throwIfAborted();
  const { loadSimulation } = await import('./registry.ts');
  return runSimulation(await loadSimulation(id), params, seed);
}
