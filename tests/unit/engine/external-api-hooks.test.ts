/**
 * The external API's code hooks: the retry policy sees the clock, `onCall` sees each new call,
 * `idempotencyKey` chooses keys (the provider keeps what it did first under each), `declines`
 * makes definite 402s, and `onAttempt` reports what the provider did with every attempt.
 */
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  checkExternalApi,
  simulate,
  type ApiAttemptOutcome,
  type ExternalApiSpec,
  type Scenario,
} from 'archlab';

/** 20 requests a second for 5 s through one server that never waits, each making one call. */
function scenario(externalApi: ExternalApiSpec): Scenario {
  return {
    durationMs: 20_000,
    resolutionMs: 1000,
    traffic: {
      kind: 'poisson',
      ratePerSec: 20,
      spikes: [{ atMs: 5000, durationMs: 15_000, multiplier: 0 }],
    },
    servers: [{ serviceTime: { kind: 'constant', value: 0 }, blockingIo: false }],
    externalApi,
  };
}

describe('external API hooks', () => {
  it('the retry policy sees the simulated time of each decision', () => {
    const seen: { attempt: number; now: number }[] = [];
    simulate(
      {
        // One request every 5 s: its three decisions (0.3 s in all) never interleave with another's.
        ...scenario({
          errorRate: 1,
          latencyMs: 10,
          retry: (attempt, _error, state) => {
            seen.push({ attempt, now: state.now });
            return attempt < 3 ? 100 : null;
          },
        }),
        traffic: { kind: 'constant', ratePerSec: 0.2 },
      },
      { seed: 1 },
    );
    expect(seen.map((s) => s.attempt).slice(0, 6)).toEqual([1, 2, 3, 1, 2, 3]);
    // Each decision comes 100 ms (the wait) + 10 ms (the next answer) after the one before.
    for (let i = 1; i < seen.length; i++) {
      if (seen[i]!.attempt > 1) expect(seen[i]!.now - seen[i - 1]!.now).toBeCloseTo(110, 6);
    }
  });

  it('onCall runs once per call, never for retries; onAttempt once per attempt', () => {
    let calls = 0;
    let attempts = 0;
    const r = simulate(
      scenario({
        errorRate: 0.5,
        latencyMs: 10,
        retry: { maxAttempts: 3, baseDelayMs: 10 },
        onCall: (call) => {
          expect(call.attempt).toBe(1);
          calls++;
        },
        onAttempt: () => attempts++,
      }),
      { seed: 2 },
    );
    const a = r.summary.externalApi!;
    expect(calls).toBe(r.summary.arrived);
    expect(attempts).toBe(a.attempts);
    expect(attempts - calls).toBe(a.retries);
  });

  it('a key shared by several requests charges once; the others are answered from the record', () => {
    const outcomes: ApiAttemptOutcome[] = [];
    const r = simulate(
      scenario({
        latencyMs: 10,
        // Requests come in pairs of one payment: ids 0 and 1 share a key, 2 and 3, …
        idempotencyKey: (call) => `payment-${Math.floor(call.request.id / 2)}`,
        onAttempt: (_call, outcome) => outcomes.push(outcome),
      }),
      { seed: 3 },
    );
    const charged = outcomes.filter((o) => o.acted === 'charged').length;
    const replayed = outcomes.filter((o) => o.acted === 'replayed').length;
    expect(charged).toBe(Math.ceil(r.summary.arrived / 2));
    expect(replayed).toBe(Math.floor(r.summary.arrived / 2));
    expect(r.summary.externalApi!.charges).toBe(charged);
    expect(outcomes.every((o) => o.answer === 'ok' && o.key?.startsWith('payment-'))).toBe(true);
  });

  it('a decline is a definite answer, stored under its key and replayed to a repeat', () => {
    const outcomes: ApiAttemptOutcome[] = [];
    const errors: string[] = [];
    const r = simulate(
      scenario({
        latencyMs: 10,
        idempotencyKey: () => 'one key for everything',
        declines: (call) => call.request.id === 0,
        retry: (_attempt, error) => {
          errors.push(error);
          return null;
        },
        onAttempt: (_call, outcome) => outcomes.push(outcome),
      }),
      { seed: 4, trace: true },
    );
    expect(outcomes[0]).toEqual({
      answer: 'declined',
      acted: 'declined',
      key: 'one key for everything',
    });
    expect(outcomes.slice(1).every((o) => o.acted === 'replayed-decline')).toBe(true);
    expect(errors.every((e) => e === 'declined')).toBe(true);
    expect(r.summary.externalApi!.charges).toBe(0);
    expect(r.traces!.every((t) => t.status === 'failed' && t.reason === 'api-declined')).toBe(true);
  });

  it('rejects a hook that is not a function, and keys from both idempotencyKeys and a function', () => {
    expect(() => checkExternalApi({ onCall: 'yes' })).toThrow(ConfigError);
    expect(() => checkExternalApi({ onCall: 'yes' })).toThrow(/externalApi\.onCall/);
    expect(() => checkExternalApi({ idempotencyKeys: true, idempotencyKey: () => 'k' })).toThrow(
      /idempotencyKeys/,
    );
  });
});
