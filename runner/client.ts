/**
 * The page's one seam to the runner: `run(source) → Promise<RunResult>`. It compiles, sends the
 * code to a sandbox Worker over a private port, and enforces the time limit with a watchdog that
 * terminates a runaway Worker. One Worker serves run after run while it is healthy, so warm runs
 * cost only compile + checks; a run that leaves it stuck, broken or out of memory gets it replaced.
 */
import type { RunError, RunResult } from 'archlab';
import { failedRun } from './failure.ts';
import { classifyMessage, explainThrown } from './classify.ts';
import { compileTypeScript, warmUpCompiler } from './compile.ts';
import { sourceProblem } from './source.ts';
import type { InitMessage, PingRequest, RunRequest, WorkerToPage } from './protocol.ts';

/** Options for one run. */
export interface RunOptions {
  exerciseId: string;
  source: string;
  /** Watchdog limit for evaluation + checks (compiling and loading the checks not included). */
  timeLimitMs: number;
}

interface Sandbox {
  worker: Worker;
  port: MessagePort;
  ready: Promise<void>;
  /** Learner code has run here: before the next run, make sure it left the Worker free. */
  used: boolean;
}

/**
 * How long a used Worker has to answer a ping. Learner code can leave work behind after its result
 * is sent (a promise chain that never ends starves the event loop); such a Worker never answers and
 * is replaced, instead of timing out the next run and blaming good code.
 */
const PING_LIMIT_MS = 500;

/**
 * How long the Worker may take to load an exercise's checks chunk before the run starts. Not the
 * learner's time limit: a slow network or a busy machine is reported as such, not as a loop.
 */
const LOAD_LIMIT_MS = 30_000;

let sandbox: Sandbox | undefined;
let nextRunId = 1;
/** The exercise last run: a replacement sandbox loads its checks before it reports ready. */
let lastExerciseId: string | undefined;
/** Runs are serialised: one sandbox, one run at a time. */
let queue: Promise<unknown> = Promise.resolve();

function createSandbox(): Sandbox {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), {
    type: 'module',
    name: 'archlab-sandbox',
  });
  const channel = new MessageChannel();
  const ready = new Promise<void>((resolve, reject) => {
    channel.port1.onmessage = (e: MessageEvent<WorkerToPage>) => {
      if (e.data.type === 'ready') resolve();
    };
    worker.onerror = (e) => reject(new Error(e.message || 'The sandbox failed to start.'));
  });
  const init: InitMessage = lastExerciseId
    ? { type: 'init', port: channel.port2, preload: lastExerciseId }
    : { type: 'init', port: channel.port2 };
  worker.postMessage(init, [channel.port2]);
  return { worker, port: channel.port1, ready, used: false };
}

let nextPingId = 1;
function answersPing(box: Sandbox): Promise<boolean> {
  return new Promise((resolve) => {
    const id = nextPingId++;
    const timer = setTimeout(() => resolve(false), PING_LIMIT_MS);
    box.port.onmessage = (e: MessageEvent<WorkerToPage>) => {
      if (e.data.type !== 'pong' || e.data.id !== id) return;
      clearTimeout(timer);
      resolve(true);
    };
    const ping: PingRequest = { type: 'ping', id };
    box.port.postMessage(ping);
  });
}

/** The sandbox for the next run: the current one if it is free, else a fresh one. */
async function healthySandbox(): Promise<Sandbox> {
  const current = sandbox;
  if (current?.used && !(await answersPing(current))) discardSandbox();
  return (sandbox ??= createSandbox());
}

function discardSandbox(): void {
  sandbox?.worker.terminate();
  sandbox?.port.close();
  sandbox = undefined;
}

/** Throw away a stuck or broken Worker and start the next one while the learner reads the result. */
function replaceSandbox(): void {
  discardSandbox();
  warmUp();
}

/**
 * Start loading the compiler and the sandbox now (on focus, hover or scroll into view). A fresh
 * sandbox also loads the named exercise's checks, so the first Run does not wait for them.
 */
export function warmUp(exerciseId?: string): void {
  lastExerciseId ??= exerciseId;
  void warmUpCompiler().catch(() => undefined);
  const box = (sandbox ??= createSandbox());
  box.ready.catch(() => {
    if (sandbox === box) discardSandbox();
  });
}

function failure(kind: RunError['kind'], message: string, durationMs = 0): RunResult {
  return failedRun({ kind, message }, durationMs);
}

/** Compile and run learner code against an exercise's checks. Never rejects. */
export function run(options: RunOptions): Promise<RunResult> {
  const next = queue.then(() => runNow(options));
  queue = next.catch(() => undefined);
  return next;
}

async function runNow({ exerciseId, source, timeLimitMs }: RunOptions): Promise<RunResult> {
  const started = performance.now();
  lastExerciseId = exerciseId;
  const problem = sourceProblem(source);
  if (problem) return failure(problem.kind, problem.message);
  let compiled;
  try {
    compiled = await compileTypeScript(source);
  } catch {
    return failure(
      'internal',
      'The compiler could not be loaded. Check your connection and press Run again.',
    );
  }
  if (!compiled.ok) {
    return failedRun(compiled.error);
  }
  let box: Sandbox;
  try {
    box = await healthySandbox();
    await box.ready;
  } catch {
    discardSandbox();
    return failure('internal', 'The sandbox could not start. Reload the page and try again.');
  }
  const runId = nextRunId++;
  const request: RunRequest = {
    type: 'run',
    runId,
    exerciseId,
    code: compiled.code,
    map: compiled.map,
  };
  return new Promise<RunResult>((resolve) => {
    let watchdog: ReturnType<typeof setTimeout>;
    const stopAfter = (limitMs: number, outcome: () => RunResult): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        // A Worker stuck in a loop cannot be interrupted, only terminated.
        replaceSandbox();
        resolve(outcome());
      }, limitMs);
    };
    // Until the Worker says the checks are loaded, only a generous loading limit applies.
    stopAfter(LOAD_LIMIT_MS, () =>
      failure(
        'internal',
        "The exercise's checks took too long to load. Check your connection and press Run again.",
      ),
    );
    box.worker.onerror = (e) => {
      // An uncaught error outside the harness (e.g. learner code closing the Worker) ends the run.
      e.preventDefault();
      clearTimeout(watchdog);
      replaceSandbox();
      const text = e.message || 'unknown error';
      const kind = classifyMessage(text);
      resolve(
        failure(
          'runtime',
          kind === 'other'
            ? `The sandbox stopped: ${text}`
            : `${explainThrown(kind, '')} (${text})`,
        ),
      );
    };
    box.port.onmessage = (e: MessageEvent<WorkerToPage>) => {
      if (!('runId' in e.data) || e.data.runId !== runId) return;
      if (e.data.type === 'started') {
        // Learner code and checks start now: the time limit counts from here.
        const startedAt = performance.now();
        stopAfter(timeLimitMs, () =>
          failure(
            'timeout',
            `Stopped after ${timeLimitMs / 1000} s — is there an infinite loop, or a loop that never reaches its end?`,
            // How long the code was allowed to run (compiling, a fresh Worker's start-up and loading
            // the checks are not counted), so a watchdog that fires late shows.
            Math.round(performance.now() - startedAt),
          ),
        );
        return;
      }
      if (e.data.type !== 'result') return;
      clearTimeout(watchdog);
      const result = e.data.result;
      // A Worker that ran out of stack or memory may be left in a poor state: start afresh.
      const exhausted =
        result.error?.kind === 'runtime' && classifyMessage(result.error.message) !== 'other';
      if (exhausted) replaceSandbox();
      else box.used = true;
      resolve({ ...result, durationMs: Math.round(performance.now() - started) });
    };
    box.port.postMessage(request);
  });
}
