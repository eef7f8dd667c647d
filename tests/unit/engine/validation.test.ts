import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, checkScenario, simulate, type Scenario } from 'archlab';

const ok: Scenario = {
  durationMs: 1000,
  traffic: { kind: 'poisson', ratePerSec: 10 },
  servers: [{ serviceTime: { kind: 'exponential', mean: 10 } }],
};

/** The ConfigError thrown for `patch` applied to a valid scenario. */
function errorFor(patch: Record<string, unknown>): ConfigError {
  try {
    checkScenario({ ...ok, ...patch });
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('no error thrown');
}

describe('scenario validation names the field and the allowed range', () => {
  it.each([
    [
      { durationMs: undefined },
      'durationMs',
      'must be a number > 0 and <= 1000000000000, got undefined',
    ],
    [{ durationMs: -5 }, 'durationMs', 'got -5'],
    [
      { traffic: { kind: 'bursty', ratePerSec: 1 } },
      'traffic.kind',
      "must be one of 'poisson', 'constant'",
    ],
    [{ traffic: { kind: 'poisson', ratePerSec: 'fast' } }, 'traffic.ratePerSec', 'got "fast"'],
    [{ servers: [] }, 'servers', 'at least 1 item'],
    [
      { servers: [{ serviceTime: 1 }, { cores: 0, serviceTime: 1 }] },
      'servers[1].cores',
      'an integer >= 1 and <= 1024',
    ],
    [
      { servers: [{ serviceTime: { kind: 'gaussian' } }] },
      'servers[0].serviceTime.kind',
      "'exponential'",
    ],
    [
      { servers: [{ serviceTime: { kind: 'uniform', min: 5, max: 2 } }] },
      'servers[0].serviceTime.max',
      '>= 5',
    ],
    [
      { servers: [{ serviceTime: 1, queueCapacity: 2.5 }] },
      'servers[0].queueCapacity',
      'an integer >= 0 (or Infinity)',
    ],
    [
      {
        servers: [
          { name: 'a', serviceTime: 1 },
          { name: 'a', serviceTime: 1 },
        ],
      },
      'servers[1].name',
      "duplicate name 'a'",
    ],
    [{ loadBalancer: { strategy: 'fastest' } }, 'loadBalancer.strategy', "'round-robin'"],
    [
      { loadBalancer: { healthCheck: { intervalMs: 0 } } },
      'loadBalancer.healthCheck.intervalMs',
      '> 0',
    ],
    [{ externalApi: { errorRate: 2 } }, 'externalApi.errorRate', '<= 1'],
    [
      { externalApi: { retry: { jitter: 'some' } } },
      'externalApi.retry.jitter',
      "'full', 'equal', 'none'",
    ],
    [{ database: { kind: 'cloud' } }, 'database.kind', "'network', 'local'"],
    [{ logs: { mode: 'syslog' } }, 'logs.mode', "'local', 'shipped'"],
    [
      { alerts: [{ name: 'x', metric: 'errorRate', op: '=>', threshold: 1 }] },
      'alerts[0].op',
      "'>'",
    ],
    [{ severs: [] }, 'severs', 'unknown field'],
    [
      { servers: [{ serviceTime: 1, queuecapacity: 5 }] },
      'servers[0].queuecapacity',
      'unknown field; expected one of name, size',
    ],
    [{ traffic: { kind: 'poisson', ratePerSec: 1, rate: 5 } }, 'traffic.rate', 'unknown field'],
    [{ network: { client: { lossRate: 1 } } }, 'network.client.lossRate', '<= 0.99'],
  ])('%j → %s', (patch, field, text) => {
    const err = errorFor(patch);
    expect(err.field).toBe(field);
    expect(err.message).toContain(`${field}: `);
    expect(err.message).toContain(text);
  });

  it('simulate throws the same ConfigError', () => {
    expect(() => simulate({ ...ok, warmupMs: 5000 }, { seed: 1 })).toThrow(
      /warmupMs: must be a number >= 0 and <= 1000/,
    );
  });

  it('a valid scenario survives a JSON round trip unchanged in meaning', () => {
    const a = simulate(ok, { seed: 9 });
    const b = simulate(JSON.parse(JSON.stringify(ok)) as Scenario, { seed: 9 });
    expect(b).toEqual(a);
  });
});

describe('results are plain data', () => {
  it('series have one value per bucket for every metric, and survive structuredClone', () => {
    const r = simulate({ ...ok, durationMs: 10_000, resolutionMs: 500 }, { seed: 1 });
    expect(r.series.t).toHaveLength(20);
    expect(r.series.t[1]).toBe(500);
    for (const [name, values] of Object.entries(r.series.metrics)) {
      expect(values, name).toHaveLength(20);
    }
    for (const name of [
      'throughputPerSec',
      'latencyP95Ms',
      'latencyMeanMs',
      'utilisation',
      'queueLength',
      'dropped',
    ]) {
      expect(r.series.metrics[name], name).toBeDefined();
    }
    expect(structuredClone(r)).toEqual(r);
  });

  it('the default resolution gives 100–200 buckets', () => {
    for (const durationMs of [1000, 7000, 60_000, 3_600_000]) {
      const r = simulate({ ...ok, durationMs }, { seed: 1 });
      expect(r.series.t.length).toBeGreaterThanOrEqual(100);
      expect(r.series.t.length).toBeLessThanOrEqual(201);
    }
  });

  it('traces are off by default and capped when on', () => {
    expect(simulate(ok, { seed: 1 }).traces).toBeUndefined();
    expect(simulate({ ...ok, durationMs: 10_000 }, { seed: 1, trace: 7 }).traces).toHaveLength(7);
  });
});

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archlab-cli-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['engine/cli.ts', ...args], { encoding: 'utf8' });

  it('prints the summary as JSON; --seed changes the numbers, the same seed repeats them', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(ok));
    const a = run(file, '--seed', '3');
    expect(a.status).toBe(0);
    const summary = JSON.parse(a.stdout) as { seed: number; completed: number };
    expect(summary.seed).toBe(3);
    expect(run(file, '--seed', '3').stdout).toBe(a.stdout);
    expect(run(file, '--seed', '4').stdout).not.toBe(a.stdout);
  });

  it('a bad scenario exits non-zero with a message naming the field', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...ok, servers: [{ serviceTime: 1, speed: -1 }] }));
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('servers[0].speed: must be a number > 0');
  });

  it('unreadable or non-JSON files and missing arguments are clear errors', () => {
    expect(run(join(dir, 'missing.json')).stderr).toContain('cannot read');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ nope');
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not valid JSON');
    expect(run().status).toBe(2);
  });

  it('runs the shipped example scenarios', () => {
    for (const name of ['mm1', 'capstone']) {
      const r = run(`engine/scenarios/examples/${name}.json`);
      expect(r.status, r.stderr).toBe(0);
    }
  });
});
