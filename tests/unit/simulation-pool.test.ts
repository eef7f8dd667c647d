/**
 * The simulation pool over the generic Worker client, with a stand-in Worker: replies, the 8 s
 * limit (20 s for a fresh Worker's first run), a Worker that fails to start (then runs go on the page), and a stale run's abort.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunReply, RunRequest } from '../../components/simulation/protocol.ts';
import type { SimulationOutput } from '../../components/simulation/define.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  static throwOnCreate = false;
  sent: RunRequest[] = [];
  terminated = false;
  #listeners: Record<string, ((e: unknown) => void)[]> = {};
  constructor() {
    if (FakeWorker.throwOnCreate) throw new Error('Workers are blocked here.');
    FakeWorker.made.push(this);
  }
  postMessage(message: RunRequest): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (e: unknown) => void): void {
    (this.#listeners[type] ??= []).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: RunReply): void {
    for (const l of this.#listeners['message'] ?? []) l({ data: reply });
  }
  fail(message: string): void {
    for (const l of this.#listeners['error'] ?? []) l({ message });
  }
}

const OUTPUT: SimulationOutput = { figures: [{ label: 'Latency p95', value: 1 }], series: [] };

async function freshPool() {
  vi.resetModules();
  return import('../../components/simulation/pool.ts');
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.throwOnCreate = false;
  vi.stubGlobal('Worker', FakeWorker);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the simulation pool', () => {
  it('sends the run to the Worker and returns its output', async () => {
    const { compute } = await freshPool();
    const out = compute('servers/one-server', { rate: '40' }, 12, new AbortController().signal);
    await settle();
    const worker = FakeWorker.made[0]!;
    expect(worker.sent).toEqual([
      {
        requestId: expect.any(Number) as number,
        id: 'servers/one-server',
        params: { rate: '40' },
        seed: 12,
      },
    ]);
    worker.reply({ requestId: worker.sent[0]!.requestId, ok: true, output: OUTPUT, computeMs: 3 });
    await expect(out).resolves.toEqual(OUTPUT);
  });

  it('a run that fails in the Worker rejects with its message', async () => {
    const { compute } = await freshPool();
    const out = compute('servers/one-server', {}, 1, new AbortController().signal);
    await settle();
    const worker = FakeWorker.made[0]!;
    worker.reply({ requestId: worker.sent[0]!.requestId, ok: false, message: 'rate out of range' });
    await expect(out).rejects.toThrow('rate out of range');
  });

  it('a first run gets time to start the Worker; later runs get the shorter limit', async () => {
    const { compute, WATCHDOG_MS, FIRST_RUN_WATCHDOG_MS } = await freshPool();
    const first = compute('servers/one-server', {}, 1, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(WATCHDOG_MS + 1);
    const worker = FakeWorker.made[0]!;
    expect(worker.terminated).toBe(false);
    worker.reply({ requestId: worker.sent[0]!.requestId, ok: true, output: OUTPUT, computeMs: 3 });
    await expect(first).resolves.toEqual(OUTPUT);
    expect(FIRST_RUN_WATCHDOG_MS).toBeGreaterThan(WATCHDOG_MS);

    const second = compute('servers/one-server', {}, 2, new AbortController().signal);
    const caught = second.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(WATCHDOG_MS);
    expect(await caught).toMatchObject({
      message: 'The simulation took too long and was stopped.',
    });
    expect(worker.terminated).toBe(true);
  });

  it('a run slower than the limit is stopped, its Worker replaced', async () => {
    const { compute, FIRST_RUN_WATCHDOG_MS } = await freshPool();
    const out = compute('servers/one-server', {}, 1, new AbortController().signal);
    const caught = out.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(FIRST_RUN_WATCHDOG_MS);
    expect(await caught).toMatchObject({
      message: 'The simulation took too long and was stopped.',
    });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    void compute('servers/one-server', {}, 1, new AbortController().signal).catch(() => undefined);
    await settle();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a stale run is aborted; its late reply is ignored and the Worker kept', async () => {
    const { compute } = await freshPool();
    const controller = new AbortController();
    const out = compute('servers/one-server', {}, 1, controller.signal);
    await settle();
    controller.abort(new Error('replaced'));
    await expect(out).rejects.toThrow('replaced');
    const worker = FakeWorker.made[0]!;
    worker.reply({ requestId: worker.sent[0]!.requestId, ok: true, output: OUTPUT, computeMs: 3 });
    expect(worker.terminated).toBe(false);
  });

  it('a Worker that fails to start: this run says so, the next runs on the page', async () => {
    const { compute } = await freshPool();
    const first = compute('servers/one-server', {}, 12, new AbortController().signal);
    await settle();
    FakeWorker.made[0]!.fail('blocked');
    await expect(first).rejects.toThrow('The simulation worker failed to start.');
    vi.useRealTimers();
    const onPage = await compute('servers/one-server', {}, 12, new AbortController().signal);
    expect(onPage.figures.length).toBeGreaterThan(0);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('no Worker at all (the constructor throws): runs on the page', async () => {
    FakeWorker.throwOnCreate = true;
    const { compute } = await freshPool();
    vi.useRealTimers();
    const onPage = await compute('servers/one-server', {}, 12, new AbortController().signal);
    expect(onPage.figures.map((f) => f.label)).toContain('Latency p95');
  });
});
