/** The generic Worker client: replies matched to requests, time limits, ping, replacement. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  WorkerClient,
  WorkerFailed,
  WorkerReplaced,
  WorkerTimeout,
  type WorkerEndpoint,
} from '../../runner/workerClient.ts';

type In = { type: 'work'; id: number; n: number } | { type: 'ping'; id: number };
type Out =
  | { type: 'ready' }
  | { type: 'started'; id: number }
  | { type: 'done'; id: number; value: number }
  | { type: 'pong'; id: number };

/** A Worker we drive by hand. */
class FakeWorker implements WorkerEndpoint<In, Out> {
  sent: In[] = [];
  terminated = false;
  #message: (m: Out) => void = () => undefined;
  #error: (m: string) => void = () => undefined;
  post(message: In): void {
    this.sent.push(message);
  }
  onMessage(listener: (m: Out) => void): void {
    this.#message = listener;
  }
  onError(listener: (m: string) => void): void {
    this.#error = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: Out): void {
    this.#message(message);
  }
  fail(message: string): void {
    this.#error(message);
  }
  last(): In {
    const m = this.sent.at(-1);
    if (!m) throw new Error('nothing sent');
    return m;
  }
}

function setUp(withReady = false) {
  const workers: FakeWorker[] = [];
  const client = new WorkerClient<In, Out>({
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    requestOf: (m) => (m.type === 'ready' ? undefined : m.id),
    isReply: (m) => m.type === 'done' || m.type === 'pong',
    ...(withReady ? { isReady: (m: Out) => m.type === 'ready' } : {}),
    ping: (id) => ({ type: 'ping', id }),
  });
  return { client, workers };
}

const work = (n: number) => (id: number) => ({ type: 'work', id, n }) as const;

/** Let the client's awaits (ready, then post) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WorkerClient', () => {
  it('matches replies to their requests, in any order, on one lazily started Worker', async () => {
    const { client, workers } = setUp();
    expect(workers).toHaveLength(0);
    const a = client.request(work(1), { timeoutMs: 1000 });
    const b = client.request(work(2), { timeoutMs: 1000 });
    await settle();
    expect(workers).toHaveLength(1);
    const [first, second] = workers[0]!.sent;
    workers[0]!.reply({ type: 'done', id: second!.id, value: 20 });
    workers[0]!.reply({ type: 'done', id: first!.id, value: 10 });
    await expect(a).resolves.toMatchObject({ value: 10 });
    await expect(b).resolves.toMatchObject({ value: 20 });
    expect(client.workerId).toBe(1);
  });

  it('waits for the ready message before sending', async () => {
    const { client, workers } = setUp(true);
    const a = client.request(work(1), { timeoutMs: 1000 });
    await settle();
    expect(workers[0]!.sent).toEqual([]);
    workers[0]!.reply({ type: 'ready' });
    await settle();
    expect(workers[0]!.sent).toHaveLength(1);
    workers[0]!.reply({ type: 'done', id: workers[0]!.last().id, value: 1 });
    await expect(a).resolves.toMatchObject({ value: 1 });
  });

  it('a Worker that fails before it is ready rejects as a failed start and is dropped', async () => {
    const { client, workers } = setUp(true);
    const a = client.request(work(1), { timeoutMs: 1000 });
    workers[0]!.fail('cannot load');
    await expect(a).rejects.toMatchObject({ name: 'WorkerFailed', starting: true });
    expect(workers[0]!.terminated).toBe(true);
    expect(client.workerId).toBeUndefined();
  });

  it('at the time limit: terminates the Worker, rejects every waiting request, next one is fresh', async () => {
    const { client, workers } = setUp();
    const a = client.request(work(1), { timeoutMs: 100, reason: 'run' });
    const b = client.request(work(2), { timeoutMs: 5000 });
    const caught = Promise.all([a.catch((e: unknown) => e), b.catch((e: unknown) => e)]);
    await vi.advanceTimersByTimeAsync(100);
    const [ea, eb] = await caught;
    expect(ea).toBeInstanceOf(WorkerTimeout);
    expect(ea).toMatchObject({ limitMs: 100, reason: 'run' });
    expect(eb).toBe(ea);
    expect(workers[0]!.terminated).toBe(true);
    const c = client.request(work(3), { timeoutMs: 100 });
    await settle();
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'done', id: workers[1]!.last().id, value: 3 });
    await expect(c).resolves.toMatchObject({ value: 3 });
  });

  it('progress messages may restart the deadline (load limit, then run limit)', async () => {
    const { client, workers } = setUp();
    const seen: string[] = [];
    const a = client.request(work(1), {
      timeoutMs: 10_000,
      reason: 'load',
      onProgress: (m, deadline) => {
        seen.push(m.type);
        deadline.restart(50, 'run');
      },
    });
    const caught = a.catch((e: unknown) => e);
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    workers[0]!.reply({ type: 'started', id: workers[0]!.last().id });
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toEqual(['started']);
    expect(await caught).toMatchObject({ name: 'WorkerTimeout', reason: 'run', limitMs: 50 });
  });

  it('an error while serving fails the waiting requests (not as a start) and drops the Worker', async () => {
    const { client, workers } = setUp();
    const a = client.request(work(1), { timeoutMs: 1000 });
    await settle();
    workers[0]!.fail('closed');
    const error = await a.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerFailed);
    expect(error).toMatchObject({ message: 'closed', starting: false });
    expect(client.workerId).toBeUndefined();
  });

  it('an aborted request stops waiting, keeps the Worker, and ignores its late reply', async () => {
    const { client, workers } = setUp();
    const controller = new AbortController();
    const a = client.request(work(1), { timeoutMs: 1000, signal: controller.signal });
    await settle();
    controller.abort(new Error('stale'));
    await expect(a).rejects.toThrow('stale');
    workers[0]!.reply({ type: 'done', id: workers[0]!.last().id, value: 1 });
    // The aborted request's limit no longer applies.
    await vi.advanceTimersByTimeAsync(2000);
    expect(workers[0]!.terminated).toBe(false);
    expect(client.workerId).toBe(1);
  });

  it('ping: a Worker that answers is kept; one that does not is replaced', async () => {
    const { client, workers } = setUp();
    await client.warm();
    const ok = client.ping(500);
    await settle();
    workers[0]!.reply({ type: 'pong', id: workers[0]!.last().id });
    expect(await ok).toBe(true);
    const silent = client.ping(500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await silent).toBe(false);
    expect(workers[0]!.terminated).toBe(true);
    expect(client.workerId).toBeUndefined();
    await client.warm();
    expect(client.workerId).toBe(2);
  });

  it('replace() terminates the Worker and rejects what waited on it', async () => {
    const { client, workers } = setUp();
    const a = client.request(work(1), { timeoutMs: 1000 });
    await settle();
    client.replace();
    await expect(a).rejects.toBeInstanceOf(WorkerReplaced);
    expect(workers[0]!.terminated).toBe(true);
  });
});
