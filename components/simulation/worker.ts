/** Runs lesson simulations off the main thread, so a long run never blocks typing or scrolling. */
import { runSimulation } from './define.ts';
import type { RunReply, RunRequest } from './protocol.ts';
import { loadSimulation } from './registry.ts';

interface WorkerScope {
  postMessage(message: RunReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  void handle(event.data).then((reply) => scope.postMessage(reply));
});

async function handle(req: RunRequest): Promise<RunReply> {
  try {
    const def = await loadSimulation(req.id);
    const started = performance.now();
    const output = runSimulation(def, req.params, req.seed);
    return { requestId: req.requestId, ok: true, output, computeMs: performance.now() - started };
  } catch (err) {
    return {
      requestId: req.requestId,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    };
  }
}
