/**
 * The sandbox Worker: evaluates a learner's compiled code and runs the exercise's checks.
 * The page's watchdog terminates it when a run takes too long, and makes a new one.
 */
import type { InitMessage, PageToWorker, RunRequest, WorkerToPage } from './protocol.ts';
import { executeRun } from './execute.ts';
import { loadChecks } from './checksRegistry.ts';
import { freezeExports, lockDown } from './lockdown.ts';
import * as archlab from 'archlab';
import { failedRun } from './failure.ts';

// Captured before any learner code runs; then intrinsics, the engine and the network are locked.
const now = performance.now.bind(performance);
lockDown(self);
freezeExports(archlab);

async function onInit(event: MessageEvent<InitMessage>): Promise<void> {
  if (event.data?.type !== 'init') return;
  self.removeEventListener('message', listen);
  const { port, preload } = event.data;
  const send = port.postMessage.bind(port) as (message: WorkerToPage) => void;
  // A failed preload is retried by the run itself, which reports it.
  if (preload) await loadChecks(preload).catch(() => undefined);
  port.onmessage = (e: MessageEvent<PageToWorker>) => {
    if (e.data?.type === 'run') void handle(e.data, send);
    else if (e.data?.type === 'ping') send({ type: 'pong', id: e.data.id });
  };
  send({ type: 'ready' });
}
const listen = (e: MessageEvent<InitMessage>): void => void onInit(e);
self.addEventListener('message', listen);

async function handle(request: RunRequest, send: (message: WorkerToPage) => void): Promise<void> {
  const checks = await loadChecks(request.exerciseId).catch(() => null);
  if (!checks) {
    const message =
      checks === null
        ? "The exercise's checks could not be loaded. Check your connection and press Run again."
        : `Unknown exercise "${request.exerciseId}".`;
    send({
      type: 'result',
      runId: request.runId,
      result: failedRun({ kind: 'internal', message }),
    });
    return;
  }
  send({ type: 'started', runId: request.runId });
  const result = await executeRun({ code: request.code, map: request.map }, checks, now);
  send({ type: 'result', runId: request.runId, result });
}
