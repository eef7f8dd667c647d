/**
 * The simulation session in Node: settings from the form, debounced and first-use runs, a newer
 * run aborting a stale one, kept runs with pins that survive a reload, and the saved prediction
 * (simulation.spec and predict-compare.spec reached these only in a browser before).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  runSimulation,
  type AnySimulation,
  type SimulationOutput,
} from '../../components/simulation/define.ts';
import {
  DEBOUNCE_MS,
  SimulationSession,
  settingsOf,
  type JsonStore,
} from '../../components/simulation/session.ts';
import { pinnedRunsName } from '../../components/simulation/pinnedRuns.ts';

const ID = 'servers/one-server';
const FIELD = { label: 'Mean response time', unit: 'ms', min: 0, max: 10_000 };

/** An in-memory stand-in for components/storage.ts, keeping values as JSON would. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const values = new Map<string, string>(
    Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]),
  );
  const store: JsonStore = {
    read<T>(name: string, isValid: (v: unknown) => v is T): T | undefined {
      const text = values.get(name);
      if (text === undefined) return undefined;
      const value: unknown = JSON.parse(text);
      return isValid(value) ? value : undefined;
    },
    write(name, value) {
      values.set(name, JSON.stringify(value));
      return true;
    },
    remove(name) {
      values.delete(name);
    },
  };
  return { store, values };
}

function output(label: string, value: number): SimulationOutput {
  return { figures: [{ label: 'Latency p95', value, unit: 'ms' }], series: [], label };
}

interface Call {
  params: Record<string, string>;
  seed: number;
  signal: AbortSignal;
  resolve(o: SimulationOutput): void;
}

function setUp(initial: Record<string, unknown> = {}) {
  const { store, values } = memoryStore(initial);
  const computed: Call[] = [];
  let due = 0;
  const session = new SimulationSession({
    id: ID,
    defaultSeed: 12,
    store,
    compute: (params, seed, signal) =>
      new Promise((resolve, reject) => {
        computed.push({ params, seed, signal, resolve });
        signal.addEventListener('abort', () => reject(signal.reason as Error));
      }),
    onDue: () => void due++,
  });
  return { session, values, computed, due: () => due };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('settings of a run', () => {
  it('every control by name, the seed apart; an empty or bad seed falls back to the default', () => {
    expect(
      settingsOf(
        [
          ['rate', '40'],
          ['policy', 'round-robin'],
          ['seed', '7'],
        ],
        12,
      ),
    ).toEqual({ params: { rate: '40', policy: 'round-robin' }, seed: 7 });
    expect(settingsOf([['seed', '']], 12).seed).toBe(12);
    expect(settingsOf([['seed', 'abc']], 12).seed).toBe(12);
  });
});

describe('when runs happen', () => {
  it('first use runs once at once; later sightings do nothing', () => {
    const { session, due } = setUp();
    expect(session.activated).toBe(false);
    session.activate();
    vi.advanceTimersByTime(0);
    expect(due()).toBe(1);
    session.activate();
    vi.advanceTimersByTime(1000);
    expect(due()).toBe(1);
  });

  it('a slider drag settles for the debounce before one run', () => {
    const { session, due } = setUp();
    session.schedule();
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    session.schedule();
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(due()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(due()).toBe(1);
    // Using a control counts as first use.
    expect(session.activated).toBe(true);
  });

  it('Run, Reset, a select or the seed run now, replacing a drag not yet due', () => {
    const { session, due } = setUp();
    session.schedule();
    session.schedule(0);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(due()).toBe(1);
  });
});

describe('stale runs', () => {
  it('a newer run aborts the older one, whose result is never kept', async () => {
    const { session, computed } = setUp();
    const first = session.start([['rate', '40']]);
    const second = session.start([['rate', '50']]);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    await expect(first.output).rejects.toMatchObject({ name: 'AbortError' });
    expect(computed[0]?.signal.aborted).toBe(true);
    session.keep(first, output('λ 40', 1));
    expect(session.history.runs).toEqual([]);
    computed[1]?.resolve(output('λ 50', 2));
    session.keep(second, await second.output);
    expect(session.history.runs.map((r) => r.label)).toEqual(['λ 50']);
  });
});

describe('kept runs and pins', () => {
  async function keepRun(session: SimulationSession, computed: Call[], rate: string) {
    const run = session.start([
      ['rate', rate],
      ['seed', '12'],
    ]);
    computed.at(-1)?.resolve(output(`λ ${rate}`, Number(rate)));
    session.keep(run, await run.output);
  }

  it('keeps runs on one seed; the same settings replace their older run', async () => {
    const { session, computed } = setUp();
    await keepRun(session, computed, '40');
    await keepRun(session, computed, '50');
    await keepRun(session, computed, '40');
    expect(session.history.runs.map((r) => r.label)).toEqual(['λ 50', 'λ 40']);
  });

  it('pins are stored, survive a reload, and unpinning or clearing forgets them', async () => {
    const { session, computed, values } = setUp();
    await keepRun(session, computed, '40');
    await keepRun(session, computed, '50');
    // Keeping an unpinned run stores nothing.
    expect(values.has(pinnedRunsName(ID))).toBe(false);
    const id = session.history.runs[0]!.id;
    session.togglePin(id);
    expect(values.has(pinnedRunsName(ID))).toBe(true);

    const stored: unknown = JSON.parse(values.get(pinnedRunsName(ID))!);
    const reloaded = setUp({ [pinnedRunsName(ID)]: stored });
    expect(reloaded.session.history.runs.map((r) => [r.label, r.pinned])).toEqual([['λ 40', true]]);
    // New runs get ids after the restored ones.
    await keepRun(reloaded.session, reloaded.computed, '60');
    expect(new Set(reloaded.session.history.runs.map((r) => r.id)).size).toBe(2);

    session.togglePin(id);
    expect(values.has(pinnedRunsName(ID))).toBe(false);
    session.togglePin(id);
    session.clear();
    expect(session.history.runs).toEqual([]);
    expect(values.has(pinnedRunsName(ID))).toBe(false);
  });

  it('removing a pinned run forgets it in storage', async () => {
    const { session, computed, values } = setUp();
    await keepRun(session, computed, '40');
    const id = session.history.runs[0]!.id;
    session.togglePin(id);
    session.remove(id);
    expect(values.has(pinnedRunsName(ID))).toBe(false);
  });

  it('damaged stored pins are ignored', () => {
    const { session } = setUp({ [pinnedRunsName(ID)]: { runs: [{ key: 1 }] } });
    expect(session.history.runs).toEqual([]);
  });
});

describe('the saved prediction', () => {
  it('a valid guess is saved and comes back; an empty one forgets it; a bad one changes nothing', () => {
    const { session, values } = setUp();
    expect(session.savedPrediction()).toBeUndefined();
    expect(session.checkPrediction(' 70 ', FIELD)).toEqual({ ok: true, value: 70 });
    expect(session.savedPrediction()).toBe('70');
    const bad = session.checkPrediction('seventy', FIELD);
    expect(bad.ok).toBe(false);
    expect(session.savedPrediction()).toBe('70');
    expect(session.checkPrediction('', FIELD)).toEqual({ ok: true, value: undefined });
    expect(values.has(`prediction:${ID}`)).toBe(false);
  });

  it('a comma decimal is accepted; out of range is refused with the range', () => {
    const { session } = setUp();
    expect(session.checkPrediction('12,5', FIELD)).toEqual({ ok: true, value: 12.5 });
    const far = session.checkPrediction('20000', FIELD);
    expect(far.ok).toBe(false);
    expect(far.ok ? '' : far.message).toMatch(/^Enter a value from 0 ms to 10.000 ms\.$/);
  });

  it('a damaged saved guess is ignored', () => {
    const { session } = setUp({ [`prediction:${ID}`]: { value: 'x' } });
    expect(session.savedPrediction()).toBeUndefined();
  });
});

describe('a run that stopped early (overload)', () => {
  it('keeps the engine’s stop message through runSimulation, for the widget to show', () => {
    const message = 'Stopped at 101 s of 3600 s: the system cannot keep up.';
    const def: AnySimulation = {
      title: 'Overload',
      description: '',
      caption: '',
      controls: [],
      seed: 1,
      run: () => ({ ...output('Run', 1), stoppedEarly: { message } }),
    };
    expect(runSimulation(def, {}, 1).stoppedEarly).toEqual({ message });
    const calm: AnySimulation = { ...def, run: () => output('Run', 1) };
    expect(runSimulation(calm, {}, 1).stoppedEarly).toBeUndefined();
  });
});
