/**
 * One request/response client for a Worker, shared by the exercise sandbox (`runner/client.ts`)
 * and the simulation pool (`components/simulation/pool.ts`). It numbers requests, matches replies
 * to them, stops waiting after a time limit (terminating the Worker: a Worker stuck in a loop can
 * only be terminated), pings a Worker to learn whether it is still free, and replaces a Worker on
 * demand. It knows nothing of the DOM beyond the `WorkerEndpoint` it is given, so it is
 * unit-tested in Node with a fake endpoint.
 */

/** Where requests go and replies come from: a Worker, or a private port to one. */
export interface WorkerEndpoint<In, Out> {
  post(message: In): void;
  /** Every message from the Worker. */
  onMessage(listener: (message: Out) => void): void;
  /** The Worker failed outside any handler (failed to load, threw, closed itself). */
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

/** How one kind of Worker speaks. */
export interface WorkerClientOptions<In, Out> {
  /** A fresh Worker (called lazily, and again after each replacement). */
  spawn(): WorkerEndpoint<In, Out>;
  /** The request a message belongs to, or undefined for messages of no request. */
  requestOf(message: Out): number | undefined;
  /** True for the message that completes its request; others of the request are progress. */
  isReply(message: Out): boolean;
  /** When given, requests wait until the Worker sends a message for which this is true. */
  isReady?(message: Out): boolean;
  /** When given, `ping()` sends this and waits for a reply with the same id. */
  ping?: (id: number) => In;
}

/** The deadline of a request in flight: progress messages may move it (e.g. "started"). */
export interface Deadline {
  restart(limitMs: number, reason?: string): void;
}

/** Options of one request. */
export interface RequestOptions<Out> {
  /** Time limit until the reply; at the limit the Worker is terminated. */
  timeoutMs: number;
  /** Why the limit exists, carried by the `WorkerTimeout` (e.g. "load" or "run"). */
  reason?: string;
  /** Stop waiting (the reply, if it comes, is ignored; the Worker is kept). */
  signal?: AbortSignal;
  /** Progress messages of this request, before its reply. */
  onProgress?: (message: Out, deadline: Deadline) => void;
}

/** A request outlived its limit; its Worker was terminated. */
export class WorkerTimeout extends Error {
  readonly limitMs: number;
  readonly reason: string | undefined;

  constructor(limitMs: number, reason: string | undefined) {
    super(`No reply within ${limitMs} ms.`);
    this.name = 'WorkerTimeout';
    this.limitMs = limitMs;
    this.reason = reason;
  }
}

/** The Worker failed: before it was ready (`starting`), or while serving requests. */
export class WorkerFailed extends Error {
  readonly starting: boolean;

  constructor(message: string, starting: boolean) {
    super(message);
    this.name = 'WorkerFailed';
    this.starting = starting;
  }
}

/** The Worker was replaced (by `replace()`) while the request waited. */
export class WorkerReplaced extends Error {
  constructor() {
    super('The Worker was replaced.');
    this.name = 'WorkerReplaced';
  }
}

interface Pending<Out> {
  resolve(reply: Out): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
  onProgress: ((message: Out, deadline: Deadline) => void) | undefined;
  deadline: Deadline;
}

interface Live<In, Out> {
  id: number;
  endpoint: WorkerEndpoint<In, Out>;
  ready: Promise<void>;
  pending: Map<number, Pending<Out>>;
}

/** A client for one Worker at a time. */
export class WorkerClient<In, Out> {
  readonly #options: WorkerClientOptions<In, Out>;
  #live: Live<In, Out> | undefined;
  #nextWorkerId = 1;
  #nextRequestId = 1;

  constructor(options: WorkerClientOptions<In, Out>) {
    this.#options = options;
  }

  /** Id of the live Worker (new after each replacement), or undefined when there is none. */
  get workerId(): number | undefined {
    return this.#live?.id;
  }

  /** Start a Worker now if there is none; resolves when it is ready, rejects if it fails first. */
  warm(): Promise<void> {
    return this.#current().ready;
  }

  /** Send a request and wait for its reply. */
  async request(make: (id: number) => In, options: RequestOptions<Out>): Promise<Out> {
    options.signal?.throwIfAborted();
    const live = this.#current();
    await live.ready;
    options.signal?.throwIfAborted();
    if (this.#live !== live) throw new WorkerReplaced();
    const id = this.#nextRequestId++;
    return new Promise<Out>((resolve, reject) => {
      const pending: Pending<Out> = {
        resolve,
        reject,
        timer: undefined,
        onProgress: options.onProgress,
        deadline: {
          restart: (limitMs, reason) => {
            clearTimeout(pending.timer);
            pending.timer = setTimeout(() => {
              // Every request on this Worker fails: a Worker stuck in a loop serves none of them.
              this.#discard(live, new WorkerTimeout(limitMs, reason));
            }, limitMs);
          },
        },
      };
      const { signal } = options;
      if (signal) {
        const abort = () => {
          if (!live.pending.delete(id)) return;
          clearTimeout(pending.timer);
          reject(signal.reason instanceof Error ? signal.reason : new Error('Aborted.'));
        };
        signal.addEventListener('abort', abort, { once: true });
        const settle = (): void => signal.removeEventListener('abort', abort);
        pending.resolve = (reply) => {
          settle();
          resolve(reply);
        };
        pending.reject = (error) => {
          settle();
          reject(error);
        };
      }
      live.pending.set(id, pending);
      pending.deadline.restart(options.timeoutMs, options.reason);
      live.endpoint.post(make(id));
    });
  }

  /**
   * Whether the Worker answers within `limitMs`. One that does not (its event loop is starved by
   * work a previous request left behind) is terminated, so the next request gets a fresh one.
   */
  async ping(limitMs: number): Promise<boolean> {
    const { ping } = this.#options;
    if (!ping || !this.#live) return true;
    try {
      await this.request(ping, { timeoutMs: limitMs, reason: 'ping' });
      return true;
    } catch {
      return false;
    }
  }

  /** Terminate the Worker (requests waiting on it fail with `WorkerReplaced`); the next is lazy. */
  replace(): void {
    if (this.#live) this.#discard(this.#live, new WorkerReplaced());
  }

  #current(): Live<In, Out> {
    if (this.#live) return this.#live;
    const endpoint = this.#options.spawn();
    const pending = new Map<number, Pending<Out>>();
    let readyNow: () => void = () => undefined;
    let failStart: (error: Error) => void = () => undefined;
    let isReady = this.#options.isReady === undefined;
    const ready = isReady
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          readyNow = resolve;
          failStart = reject;
        });
    const live: Live<In, Out> = { id: this.#nextWorkerId++, endpoint, ready, pending };
    // A failed start is reported through request() or warm(); nobody may be listening yet.
    ready.catch(() => undefined);
    endpoint.onMessage((message) => {
      if (!isReady && this.#options.isReady?.(message)) {
        isReady = true;
        readyNow();
        return;
      }
      const id = this.#options.requestOf(message);
      const waiting = id === undefined ? undefined : pending.get(id);
      if (!waiting || id === undefined) return;
      if (!this.#options.isReply(message)) {
        waiting.onProgress?.(message, waiting.deadline);
        return;
      }
      pending.delete(id);
      clearTimeout(waiting.timer);
      waiting.resolve(message);
    });
    endpoint.onError((message) => {
      const error = new WorkerFailed(message, !isReady);
      failStart(error);
      this.#discard(live, error);
    });
    this.#live = live;
    return live;
  }

  #discard(live: Live<In, Out>, error: Error): void {
    if (this.#live === live) this.#live = undefined;
    live.endpoint.terminate();
    for (const waiting of live.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    live.pending.clear();
  }
}
