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
import type {
  InitMessage,
  PageToWorker,
  PingRequest,
  RunRequest,
  WorkerToPage,
} from './protocol.ts';
import { WorkerClient, WorkerFailed, WorkerTimeout, type WorkerEndpoint } from './workerClient.ts';

/** Options for one run. */
export interface RunOptions {
  exerciseId: string;
  source: string;
  /** Watchdog limit for evaluation + checks (compiling and loading the checks not included). */
  timeLimitMs: number;
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

/** The exercise last run: a replacement sandbox loads its checks before it reports ready. */
let lastExerciseId: string | undefined;
/** Runs are serialised: one sandbox, one run at a time. */
let queue: Promise<unknown> = Promise.resolve();
/** The Worker learner code has run in: before the next run, make sure it left the Worker free. */
let usedWorker: number | undefined;

/** A sandbox Worker and its private port, handed over before any learner code exists. */
function spawnSandbox(): WorkerEndpoint<PageToWorker, WorkerToPage> {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), {
    type: 'module',
    name: 'archlab-sandbox',
  });
  const channel = new MessageChannel();
  const init: InitMessage = lastExerciseId
    ? { type: 'init', port: channel.port2, preload: lastExerciseId }
    : { type: 'init', port: channel.port2 };
  worker.postMessage(init, [channel.port2]);
  let ready = false;
  return {
    post: (message) => channel.port1.postMessage(message),
    onMessage: (listener) => {
      channel.port1.onmessage = (e: MessageEvent<WorkerToPage>) => {
        if (e.data.type === 'ready') ready = true;
        listener(e.data);
      };
    },
    onError: (listener) => {
      worker.onerror = (e) => {
        // An uncaught error outside the harness (e.g. learner code closing the Worker) ends the
        // run and is reported there; a Worker that cannot start is left to the console too.
        if (ready) e.preventDefault();
        listener(e.message);
      };
    },
    terminate: () => {
      worker.terminate();
      channel.port1.close();
    },
  };
}

const sandbox = new WorkerClient<PageToWorker, WorkerToPage>({
  spawn: spawnSandbox,
  requestOf: (m) => (m.type === 'pong' ? m.id : m.type === 'ready' ? undefined : m.runId),
  isReply: (m) => m.type === 'result' || m.type === 'pong',
  isReady: (m) => m.type === 'ready',
  ping: (id): PingRequest => ({ type: 'ping', id }),
});

/** The sandbox for the next run is free: a used one that does not answer a ping is replaced. */
async function healthySandbox(): Promise<void> {
  if (usedWorker !== undefined && usedWorker === sandbox.workerId) {
    await sandbox.ping(PING_LIMIT_MS);
  }
  await sandbox.warm();
}

/** Throw away a stuck or broken Worker and start the next one while the learner reads the result. */
function replaceSandbox(): void {
  sandbox.replace();
  warmUp();
}

/**
 * Start loading the compiler and the sandbox now (on focus, hover or scroll into view). A fresh
 * sandbox also loads the named exercise's checks, so the first Run does not wait for them.
 */
export function warmUp(exerciseId?: string): void {
  lastExerciseId ??= exerciseId;
  void warmUpCompiler().catch(() => undefined);
  // A sandbox that fails to start is dropped by the client; the next run tries a fresh one.
  sandbox.warm().catch(() => undefined);
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
  try {
    await healthySandbox();
  } catch {
    sandbox.replace();
    return failure('internal', 'The sandbox could not start. Reload the page and try again.');
  }
  let startedAt: number | undefined;
  try {
    const reply = await sandbox.request(
      (runId): RunRequest => ({
        type: 'run',
        runId,
        exerciseId,
        code: compiled.code,
        map: compiled.map,
      }),
      {
        // Until the Worker says the checks are loaded, only a generous loading limit applies.
        timeoutMs: LOAD_LIMIT_MS,
        reason: 'load',
        onProgress: (message, deadline) => {
          if (message.type !== 'started') return;
          // Learner code and checks start now: the time limit counts from here.
          startedAt = performance.now();
          deadline.restart(timeLimitMs, 'run');
        },
      },
    );
    if (reply.type !== 'result') throw new Error('unexpected reply');
    const result = reply.result;
    // A Worker that ran out of stack or memory may be left in a poor state: start afresh.
    const exhausted =
      result.error?.kind === 'runtime' && classifyMessage(result.error.message) !== 'other';
    if (exhausted) replaceSandbox();
    else usedWorker = sandbox.workerId;
    return { ...result, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof WorkerTimeout) {
      // The client terminated the Worker (a loop cannot be interrupted); start the next one.
      warmUp();
      if (error.reason !== 'run' || startedAt === undefined) {
        return failure(
          'internal',
          "The exercise's checks took too long to load. Check your connection and press Run again.",
        );
      }
      return failure(
        'timeout',
        `Stopped after ${timeLimitMs / 1000} s — is there an infinite loop, or a loop that never reaches its end?`,
        // How long the code was allowed to run (compiling, a fresh Worker's start-up and loading
        // the checks are not counted), so a watchdog that fires late shows.
        Math.round(performance.now() - startedAt),
      );
    }
    replaceSandbox();
    const text = (error instanceof WorkerFailed && error.message) || 'unknown error';
    if (!(error instanceof WorkerFailed) || error.starting) {
      return failure('internal', 'The sandbox could not start. Reload the page and try again.');
    }
    const kind = classifyMessage(text);
    return failure(
      'runtime',
      kind === 'other' ? `The sandbox stopped: ${text}` : `${explainThrown(kind, '')} (${text})`,
    );
  }
}
