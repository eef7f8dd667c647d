/**
 * Messages between the page and the sandbox Worker. Runs and results travel over a private
 * MessagePort handed to the Worker before any learner code exists: learner code can call the
 * Worker's global postMessage, but the page never reads results from there, so it cannot forge them.
 */
import type { RunResult } from 'archlab';

/** Page → Worker, once, on the Worker's global channel: the private port for everything else. */
export interface InitMessage {
  type: 'init';
  port: MessagePort;
  /** An exercise whose checks to load before reporting ready, so that load is not timed as the run. */
  preload?: string;
}

/** Page → Worker (private port): run compiled learner code against an exercise's checks. */
export interface RunRequest {
  type: 'run';
  runId: number;
  exerciseId: string;
  /** CommonJS output of esbuild for the learner's TypeScript. */
  code: string;
  /** esbuild's source map (JSON text), to map runtime errors to the learner's lines. */
  map: string;
}

/** Page → Worker (private port): are you free? A Worker whose event loop is starved never answers. */
export interface PingRequest {
  type: 'ping';
  id: number;
}

/** Worker → page (private port): the answer to a ping. */
export interface PongMessage {
  type: 'pong';
  id: number;
}

/** Worker → page (private port): the outcome of one run. */
export interface RunResponse {
  type: 'result';
  runId: number;
  result: RunResult;
}

/**
 * Worker → page (private port): the exercise's checks are loaded and learner code starts now. The
 * page starts the time limit here, so loading a checks chunk on a slow connection or a busy machine
 * is never blamed on the learner's code.
 */
export interface StartedMessage {
  type: 'started';
  runId: number;
}

/** Worker → page (private port): ready for runs. */
export interface ReadyMessage {
  type: 'ready';
}

export type WorkerToPage = RunResponse | StartedMessage | ReadyMessage | PongMessage;
export type PageToWorker = RunRequest | PingRequest;
