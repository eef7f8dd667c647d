/**
 * The page's sandbox client (runner/client.ts) in Node, with a stand-in sandbox Worker and the
 * compiler mocked: what bad-code.spec and sandbox.spec reach only in a browser today — the time
 * limit counted from "started", a slow checks load, a Worker that stays busy after its result
 * (ping, then replaced), one that dies mid-run or runs out of stack, one that never starts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from 'archlab';
import type { InitMessage, PageToWorker, WorkerToPage } from '../../runner/protocol.ts';

vi.mock('../../runner/compile.ts', () => ({
  compileTypeScript: (source: string) => Promise.resolve({ ok: true, code: source, map: '{}' }),
  warmUpCompiler: () => Promise.resolve(),
}));

/** One end of a stand-in MessageChannel: delivers on a microtask, as ports deliver later. */
class FakePort {
  other: FakePort | undefined;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  closed = false;
  postMessage(data: unknown): void {
    const other = this.other;
    queueMicrotask(() => other?.onmessage?.({ data }));
  }
  close(): void {
    this.closed = true;
  }
}

class FakeChannel {
  port1 = new FakePort();
  port2 = new FakePort();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}

type Behaviour = (sandbox: FakeSandbox, message: PageToWorker) => void;

/** A sandbox Worker the test scripts: it answers pings unless told not to. */
class FakeSandbox {
  static made: FakeSandbox[] = [];
  static startFails = false;
  static onRun: Behaviour = () => undefined;
  preload: string | undefined;
  terminated = false;
  answersPing = true;
  port: FakePort | undefined;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeSandbox.made.push(this);
  }
  postMessage(init: InitMessage): void {
    this.preload = init.preload;
    this.port = init.port as unknown as FakePort;
    this.port.onmessage = (e) => {
      const message = e.data as PageToWorker;
      if (message.type === 'ping') {
        if (this.answersPing) this.send({ type: 'pong', id: message.id });
      } else FakeSandbox.onRun(this, message);
    };
    if (FakeSandbox.startFails) {
      queueMicrotask(() => this.onerror?.({ message: 'failed', preventDefault: () => undefined }));
    } else this.send({ type: 'ready' });
  }
  send(message: WorkerToPage): void {
    this.port?.postMessage(message);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const passed = (runId: number): WorkerToPage => ({
  type: 'result',
  runId,
  result: {
    checks: [{ name: 'Answers', passed: true, message: 'ok' }],
    console: [],
    consoleHidden: 0,
    series: [],
    durationMs: 1,
  },
});

/** Start and finish every run at once. */
const prompt: Behaviour = (sandbox, message) => {
  if (message.type !== 'run') return;
  sandbox.send({ type: 'started', runId: message.runId });
  sandbox.send(passed(message.runId));
};

async function freshClient() {
  vi.resetModules();
  return import('../../runner/client.ts');
}

const options = { exerciseId: 'servers/route-requests', source: 'export {}', timeLimitMs: 3000 };

beforeEach(() => {
  FakeSandbox.made = [];
  FakeSandbox.startFails = false;
  FakeSandbox.onRun = prompt;
  vi.stubGlobal('Worker', FakeSandbox);
  vi.stubGlobal('MessageChannel', FakeChannel);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Run and let every timer up to `ms` fire. */
async function runFor(client: { run(o: typeof options): Promise<RunResult> }, ms = 0) {
  const result = client.run(options);
  await vi.advanceTimersByTimeAsync(ms);
  return result;
}

describe('the sandbox client', () => {
  it('runs in one Worker, reused for the next run once it answers a ping', async () => {
    const client = await freshClient();
    expect((await runFor(client)).checks[0]?.passed).toBe(true);
    expect((await runFor(client)).checks[0]?.passed).toBe(true);
    expect(FakeSandbox.made).toHaveLength(1);
  });

  it('an empty editor is refused before anything starts', async () => {
    const client = await freshClient();
    const result = await client.run({ ...options, source: ' \n' });
    expect(result.error?.message).toMatch(/^The editor is empty/);
    expect(FakeSandbox.made).toHaveLength(0);
  });

  it('the time limit counts from "started"; a loop is stopped and a fresh Worker preloads the checks', async () => {
    FakeSandbox.onRun = (sandbox, message) => {
      if (message.type === 'run') sandbox.send({ type: 'started', runId: message.runId });
    };
    const client = await freshClient();
    const result = await runFor(client, 3000);
    expect(result.error?.kind).toBe('timeout');
    expect(result.error?.message).toBe(
      'Stopped after 3 s — is there an infinite loop, or a loop that never reaches its end?',
    );
    expect(result.durationMs).toBeGreaterThanOrEqual(3000);
    expect(FakeSandbox.made[0]?.terminated).toBe(true);
    expect(FakeSandbox.made).toHaveLength(2);
    expect(FakeSandbox.made[1]?.preload).toBe('servers/route-requests');
  });

  it('checks slow to load are not blamed on the code (30 s loading limit)', async () => {
    FakeSandbox.onRun = () => undefined;
    const client = await freshClient();
    const pending = client.run(options);
    await vi.advanceTimersByTimeAsync(29_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result.error?.kind).toBe('internal');
    expect(result.error?.message).toMatch(/checks took too long to load/);
  });

  it('a Worker left busy after its result (no pong in 500 ms) is replaced before the next run', async () => {
    const client = await freshClient();
    await runFor(client);
    FakeSandbox.made[0]!.answersPing = false;
    const second = await runFor(client, 500);
    expect(FakeSandbox.made[0]?.terminated).toBe(true);
    expect(FakeSandbox.made).toHaveLength(2);
    expect(second.checks[0]?.passed).toBe(true);
  });

  it('a Worker that dies mid-run ends the run with what it said, and is replaced', async () => {
    FakeSandbox.onRun = (sandbox, message) => {
      if (message.type !== 'run') return;
      sandbox.send({ type: 'started', runId: message.runId });
      queueMicrotask(() => sandbox.crash('self.close is not allowed'));
    };
    const client = await freshClient();
    const result = await runFor(client);
    expect(result.error).toEqual({
      kind: 'runtime',
      message: 'The sandbox stopped: self.close is not allowed',
    });
    expect(FakeSandbox.made).toHaveLength(2);
  });

  it('a stack overflow outside the harness is explained as too much recursion', async () => {
    FakeSandbox.onRun = (sandbox, message) => {
      if (message.type !== 'run') return;
      sandbox.send({ type: 'started', runId: message.runId });
      queueMicrotask(() => sandbox.crash('RangeError: Maximum call stack size exceeded'));
    };
    const client = await freshClient();
    const result = await runFor(client);
    expect(result.error?.message).toMatch(/^Too much recursion: .*\(RangeError: Maximum call/);
  });

  it('a result that ran out of stack replaces the Worker; a clean one keeps it', async () => {
    FakeSandbox.onRun = (sandbox, message) => {
      if (message.type !== 'run') return;
      sandbox.send({ type: 'started', runId: message.runId });
      sandbox.send({
        type: 'result',
        runId: message.runId,
        result: {
          checks: [],
          console: [],
          consoleHidden: 0,
          series: [],
          durationMs: 1,
          error: { kind: 'runtime', message: 'Maximum call stack size exceeded' },
        },
      });
    };
    const client = await freshClient();
    await runFor(client);
    expect(FakeSandbox.made[0]?.terminated).toBe(true);
    expect(FakeSandbox.made).toHaveLength(2);
  });

  it('a sandbox that cannot start is reported as not the learner’s fault', async () => {
    FakeSandbox.startFails = true;
    const client = await freshClient();
    const result = await runFor(client);
    expect(result.error).toEqual({
      kind: 'internal',
      message: 'The sandbox could not start. Reload the page and try again.',
    });
  });
});
