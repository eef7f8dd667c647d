import { simulate, type Scenario } from 'archlab';
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  defineSimulation,
  formatControlValue,
  formatFigure,
  groupThousands,
  normaliseParams,
  normaliseSeed,
  simulationIdFromPath,
  simulationPathHint,
  validateControls,
  earlyStop,
  type Control,
} from '../../components/simulation/define.ts';

const controls = [
  {
    kind: 'slider',
    name: 'rate',
    label: 'Rate',
    min: 5,
    max: 200,
    step: 5,
    default: 40,
    unit: 'req/s',
  },
  { kind: 'slider', name: 'share', label: 'Share', min: 0, max: 1, step: 0.1, default: 0.3 },
  {
    kind: 'select',
    name: 'mode',
    label: 'Mode',
    default: 'a',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  },
] as const satisfies readonly Control[];

describe('defineSimulation', () => {
  it('returns a valid definition unchanged, with typed params', () => {
    const def = defineSimulation({
      title: 'T',
      description: 'D',
      caption: 'C',
      seed: 1,
      controls,
      run: (p) => ({ figures: [{ label: 'rate', value: p.rate }], series: [] }),
    });
    expect(def.run(defaultParams(def) as never, 1).figures[0]?.value).toBe(40);
  });

  it('rejects bad controls, naming the simulation and the problem', () => {
    expect(() =>
      defineSimulation({
        title: 'Broken',
        description: 'D',
        caption: 'C',
        seed: 1,
        controls: [
          { kind: 'slider', name: 'x', label: 'X', min: 0, max: 10, step: 1, default: 11 },
        ],
        run: () => ({ figures: [], series: [] }),
      }),
    ).toThrow(/Broken.*default 11 is outside 0–10/);
  });

  it('finds duplicate names, bad steps and unknown select defaults', () => {
    expect(
      validateControls([
        { kind: 'slider', name: 'x', label: 'X', min: 0, max: 1, step: 0, default: 0 },
        {
          kind: 'select',
          name: 'x',
          label: 'Y',
          default: 'z',
          options: [{ value: 'a', label: 'A' }],
        },
      ]),
    ).toEqual({
      ok: false,
      message: [
        'x: step must be positive',
        'control name "x" is used twice',
        'x: default "z" is not one of the options',
      ].join('; '),
    });
  });
});

describe('parameters from form fields', () => {
  it('parses, clamps and snaps numbers to the step', () => {
    expect(normaliseParams({ controls }, { rate: '37', share: '0.34', mode: 'b' })).toEqual({
      rate: 35,
      share: 0.3,
      mode: 'b',
    });
    expect(normaliseParams({ controls }, { rate: '9999', share: '-3' })).toMatchObject({
      rate: 200,
      share: 0,
    });
  });

  it('falls back to defaults for junk', () => {
    expect(normaliseParams({ controls }, { rate: 'abc', mode: '<script>' })).toEqual({
      rate: 40,
      share: 0.3,
      mode: 'a',
    });
  });

  it('takes a seed as a non-negative integer', () => {
    expect(normaliseSeed('7', 1)).toBe(7);
    expect(normaliseSeed('7.9', 1)).toBe(7);
    expect(normaliseSeed('-5', 1)).toBe(0);
    expect(normaliseSeed('', 3)).toBe(3);
    expect(normaliseSeed('x', 3)).toBe(3);
  });
});

describe('formatting', () => {
  it('formats figures with units and digits', () => {
    expect(formatFigure({ label: 'p95', value: 305.7, unit: 'ms' })).toBe('306 ms');
    expect(formatFigure({ label: 'u', value: 79.46, unit: '%', digits: 1 })).toBe('79.5 %');
    expect(formatFigure({ label: 'n', value: 12345 })).toBe('12\u202f345');
    expect(formatFigure({ label: 'n', value: NaN, unit: 'ms' })).toBe('— ms');
  });

  it('groups thousands', () => {
    expect(groupThousands('1234567.89')).toBe('1\u202f234\u202f567.89');
    expect(groupThousands('-1000')).toBe('-1\u202f000');
    expect(groupThousands('999')).toBe('999');
  });

  it('shows slider values with the step’s decimals', () => {
    expect(formatControlValue(controls[0], 40)).toBe('40 req/s');
    expect(formatControlValue(controls[1], 0.3)).toBe('0.3');
  });
});

describe('simulation ids', () => {
  it('maps file paths to ids and back to a hint', () => {
    expect(simulationIdFromPath('/lessons/01-servers/simulations/one-server.ts')).toBe(
      'servers/one-server',
    );
    expect(simulationPathHint('servers/one-server')).toBe(
      'lessons/NN-servers/simulations/one-server.ts',
    );
    expect(() => simulationIdFromPath('/lessons/01-servers/index.mdx')).toThrow(/Not a simulation/);
  });
});

describe('an engine run that stopped early', () => {
  const scenario: Scenario = {
    durationMs: 60_000,
    traffic: { kind: 'poisson', ratePerSec: 200 },
    servers: [{ serviceTime: 1 }],
  };

  it('reaches the widget with the engine’s own message', () => {
    const stopped = simulate(scenario, { seed: 1, maxEvents: 5_000 });
    const finished = simulate({ ...scenario, durationMs: 1_000 }, { seed: 1 });
    expect(stopped.summary.stoppedEarly?.reason).toBe('event-limit');
    expect(earlyStop(finished, stopped)).toEqual({
      stoppedEarly: { message: stopped.summary.stoppedEarly?.message },
    });
    expect(earlyStop(finished)).toEqual({});
  });
});
