import { describe, expect, it } from 'vitest';
import {
  describeImport,
  exportFileName,
  MAX_IMPORT_BYTES,
  mergeSnapshots,
  sizeProblem,
  type Known,
  type Snapshot,
} from '../../components/progressExport.ts';
import { buildExport, cleanSnapshot, parseExport } from '../../components/progressFile.ts';
import type { ReviewCard } from '../../components/review/state.ts';

const known: Known = {
  chapters: new Set(['servers', 'metrics']),
  exercises: new Set(['servers/keep-up', 'servers/route-requests', 'metrics/rate-and-p95']),
};

const code = (text: string, savedAt: number) => ({ code: text, savedAt, starterHash: 'abc' });

const sample: Snapshot = {
  progress: {
    exercises: { 'servers/keep-up': { passedAt: 100 } },
    quizzes: {
      servers: { correct: 5, total: 7, at: 200, last: { correct: 4, total: 7, at: 300 } },
    },
    visited: { servers: 50, metrics: 60 },
  },
  code: {
    'servers/keep-up': code('export const x = 1;', 90),
    'metrics/rate-and-p95': code('// mine', 80),
  },
};

const NOW = new Date('2026-11-25T12:00:00.000Z');
const fileText = (s: Snapshot = sample) =>
  JSON.stringify(buildExport(s, known, 'https://example.org/lab/', NOW));

type Raw = Record<string, unknown> & { data: Record<string, unknown> };

/** A valid file's JSON with one part changed. */
function tweak(change: (f: Raw) => void) {
  const f = JSON.parse(fileText()) as Raw;
  change(f);
  return JSON.stringify(f);
}

function reason(text: string): string {
  const r = parseExport(text, known);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.message;
}

describe('export file', () => {
  it('has the documented envelope', () => {
    const file = buildExport(sample, known, 'https://example.org/lab/', NOW);
    expect(file).toMatchObject({
      format: 'archlab-progress',
      version: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
      site: 'https://example.org/lab/',
    });
    expect(file.data).toEqual(sample);
    expect(exportFileName(NOW)).toBe('archlab-progress-2026-11-25.json');
  });

  it('round-trips through JSON unchanged', () => {
    const r = parseExport(fileText(), known);
    expect(r).toEqual({
      ok: true,
      value: { data: sample, exportedAt: NOW.toISOString(), ignored: [] },
    });
  });

  it('leaves out unknown ids, malformed old entries and extra fields when exporting', () => {
    const messy = {
      progress: {
        exercises: { 'gone/old': { passedAt: 1 }, 'servers/keep-up': { passedAt: 'x' } },
        quizzes: { servers: { correct: 1, total: 2, at: 3, extra: true } },
        visited: { servers: 5 },
      },
      code: { 'servers/keep-up': { ...code('a', 1), secret: 'no' } },
    } as unknown as Snapshot;
    expect(cleanSnapshot(messy, known)).toEqual({
      progress: {
        exercises: {},
        quizzes: { servers: { correct: 1, total: 2, at: 3 } },
        visited: { servers: 5 },
      },
      code: { 'servers/keep-up': code('a', 1) },
    });
  });
});

describe('parseExport rejects', () => {
  it('text that is not JSON', () => {
    expect(reason('{ not json')).toMatch(/not valid JSON\. Nothing was imported/);
    expect(reason('')).toMatch(/not valid JSON/);
  });

  it('JSON of another kind', () => {
    expect(reason('[]')).toMatch(/not an Architecture Lab progress file/);
    expect(reason('null')).toMatch(/not an Architecture Lab progress file/);
    expect(reason(tweak((f) => (f['format'] = 'something-else')))).toMatch(/not an Architecture/);
  });

  it('another version', () => {
    expect(reason(tweak((f) => (f['version'] = 2)))).toMatch(
      /version 2, but this site reads version 1/,
    );
    expect(reason(tweak((f) => delete f['version']))).toMatch(/version undefined/);
  });

  it('a missing or bad envelope field', () => {
    expect(reason(tweak((f) => (f['exportedAt'] = 'yesterday')))).toMatch(
      /damaged: "exportedAt" is not a date/,
    );
    expect(reason(tweak((f) => delete f['site']))).toMatch(/"site" is missing/);
    expect(reason(tweak((f) => Reflect.deleteProperty(f, 'data')))).toMatch(/no "data" section/);
    expect(reason(tweak((f) => delete f.data['progress']))).toMatch(/"data.progress" is missing/);
  });

  it('sections of the wrong shape', () => {
    expect(reason(tweak((f) => (f.data['code'] = [])))).toMatch(
      /"code" is missing or is not a list/,
    );
    for (const key of ['exercises', 'quizzes', 'visited']) {
      const text = tweak((f) => ((f.data['progress'] as Record<string, unknown>)[key] = 'x'));
      expect(reason(text)).toMatch(new RegExp(`"progress.${key}" is missing`));
    }
  });

  it('malformed entries, naming the entry', () => {
    const progress = (f: Raw) => f.data['progress'] as Snapshot['progress'];
    const codeOf = (f: Raw) => f.data['code'] as Record<string, unknown>;
    const cases: [string, string | RegExp][] = [
      [
        tweak((f) => (progress(f).exercises['servers/keep-up'] = { passedAt: -1 })),
        /"progress.exercises" entry "servers\/keep-up" needs a "passedAt" time/,
      ],
      [
        tweak((f) => (progress(f).quizzes['servers'] = { correct: 8, total: 7, at: 1 })),
        /"progress.quizzes" entry "servers" needs whole numbers/,
      ],
      [
        tweak((f) => (progress(f).quizzes['servers'] = { correct: 1.5, total: 7, at: 1 })),
        /needs whole numbers/,
      ],
      [
        tweak(
          (f) => (progress(f).quizzes['servers'] = { correct: 1, total: 7, at: null } as never),
        ),
        /needs an "at" time/,
      ],
      [
        tweak(
          (f) =>
            (progress(f).quizzes['servers'] = {
              correct: 1,
              total: 7,
              at: 1,
              last: { correct: 1, total: 0, at: 1 },
            }),
        ),
        /entry "servers" "last" needs whole numbers/,
      ],
      [
        tweak((f) => (progress(f).visited['servers'] = Number.NaN)),
        /"progress.visited" entry "servers" is not a time/,
      ],
      [
        tweak((f) => (codeOf(f)['servers/keep-up'] = { savedAt: 1, starterHash: 'a' })),
        /"code" entry "servers\/keep-up" needs "code" text/,
      ],
      [
        tweak((f) => (codeOf(f)['servers/keep-up'] = { code: '', starterHash: 'a' })),
        /needs a "savedAt" time/,
      ],
      [tweak((f) => (codeOf(f)['servers/keep-up'] = { code: '', savedAt: 1 })), /"starterHash"/],
      [tweak((f) => (codeOf(f)['servers/keep-up'] = 'code')), /is not saved code/],
    ];
    for (const [text, expected] of cases) {
      expect(reason(text)).toMatch(expected);
      expect(reason(text)).toMatch(/^This progress file is damaged: .*Nothing was imported\.$/);
    }
  });

  it('a malformed entry even for an unknown id (the file is damaged either way)', () => {
    const text = tweak((f) => ((f.data['code'] as Record<string, unknown>)['gone/old'] = 42));
    expect(reason(text)).toMatch(/"code" entry "gone\/old" is not saved code/);
  });

  it('a file over the size limit', () => {
    const big = tweak((f) => (f['padding'] = 'x'.repeat(MAX_IMPORT_BYTES)));
    expect(reason(big)).toMatch(/too large for a progress file \(at most 5\.0 MB\)/);
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeProblem(6 * 1024 * 1024)).toMatch(/This file is 6\.0 MB/);
  });
});

describe('parseExport accepts', () => {
  it('a file with unknown chapters and exercises, ignoring them by name', () => {
    const text = tweak((f) => {
      const p = f.data['progress'] as Snapshot['progress'];
      p.exercises['gone/old'] = { passedAt: 1 };
      p.visited['gone'] = 1;
      (f.data['code'] as Record<string, unknown>)['gone/old'] = code('x', 1);
    });
    const r = parseExport(text, known);
    expect(r.ok && r.value.ignored).toEqual(['gone', 'gone/old']);
    expect(r.ok && r.value.data).toEqual(sample);
  });

  it('a __proto__ key without polluting anything', () => {
    const text = fileText().replace('"visited":{', '"visited":{"__proto__":{"polluted":1},');
    // The malformed value is rejected like any other entry …
    expect(reason(text)).toMatch(/"__proto__" is not a time/);
    // … and a well-formed one is ignored as unknown.
    const ok = parseExport(fileText().replace('"visited":{', '"visited":{"__proto__":7,'), known);
    expect(ok.ok && ok.value.ignored).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(ok.ok && Object.getPrototypeOf(ok.value.data.progress.visited)).toBe(Object.prototype);
  });

  it('a quiz score written before "last" existed', () => {
    const text = tweak((f) => {
      (f.data['progress'] as Snapshot['progress']).quizzes['servers'] = {
        correct: 3,
        total: 7,
        at: 10,
      };
    });
    const r = parseExport(text, known);
    expect(r.ok && r.value.data.progress.quizzes['servers']).toEqual({
      correct: 3,
      total: 7,
      at: 10,
    });
  });
});

describe('mergeSnapshots', () => {
  const empty: Snapshot = { progress: { exercises: {}, quizzes: {}, visited: {} }, code: {} };

  it('into empty storage takes everything', () => {
    const { merged, report } = mergeSnapshots(empty, sample);
    expect(merged).toEqual(sample);
    expect(report).toEqual({ codeImported: 2, codeKeptLocal: 0, chapters: 2 });
  });

  it('keeps the newer code per exercise', () => {
    const local: Snapshot = {
      ...empty,
      code: {
        'servers/keep-up': code('newer here', 500),
        'metrics/rate-and-p95': code('older here', 10),
        'servers/route-requests': code('only here', 5),
      },
    };
    const { merged, report } = mergeSnapshots(local, sample);
    expect(merged.code).toEqual({
      'servers/keep-up': code('newer here', 500),
      'metrics/rate-and-p95': code('// mine', 80),
      'servers/route-requests': code('only here', 5),
    });
    expect(report).toMatchObject({ codeImported: 1, codeKeptLocal: 1 });
  });

  it('does not count identical code as kept or imported', () => {
    const { report } = mergeSnapshots(sample, sample);
    expect(report).toMatchObject({ codeImported: 0, codeKeptLocal: 0 });
  });

  it('unions passes (first pass kept) and visits (latest kept)', () => {
    const local: Snapshot = {
      ...empty,
      progress: {
        exercises: {
          'servers/keep-up': { passedAt: 150 },
          'servers/route-requests': { passedAt: 7 },
        },
        quizzes: {},
        visited: { servers: 999, metrics: 1 },
      },
    };
    const { merged } = mergeSnapshots(local, sample);
    expect(merged.progress.exercises).toEqual({
      'servers/keep-up': { passedAt: 100 },
      'servers/route-requests': { passedAt: 7 },
    });
    expect(merged.progress.visited).toEqual({ servers: 999, metrics: 60 });
  });

  it('keeps the better best score and the later last attempt', () => {
    const withQuiz = (q: Snapshot['progress']['quizzes']): Snapshot => ({
      ...empty,
      progress: { ...empty.progress, quizzes: q },
    });
    const local = withQuiz({ servers: { correct: 6, total: 7, at: 100 } }); // no `last`: old record
    const { merged } = mergeSnapshots(local, sample);
    expect(merged.progress.quizzes['servers']).toEqual({
      correct: 6,
      total: 7,
      at: 100,
      last: { correct: 4, total: 7, at: 300 },
    });
    const better = withQuiz({ servers: { correct: 7, total: 7, at: 50 } });
    const back = mergeSnapshots(sample, better).merged.progress.quizzes['servers'];
    expect(back).toEqual({
      correct: 7,
      total: 7,
      at: 50,
      last: { correct: 4, total: 7, at: 300 },
    });
  });
});

describe('describeImport', () => {
  it('says what was imported, kept and ignored in plain words', () => {
    expect(describeImport({ codeImported: 7, codeKeptLocal: 0, chapters: 4 }, [])).toBe(
      'Imported code for 7 exercises and progress for 4 chapters.',
    );
    expect(describeImport({ codeImported: 1, codeKeptLocal: 1, chapters: 1 }, ['gone/old'])).toBe(
      "Imported code for 1 exercise and progress for 1 chapter. Kept this browser's newer code for 1 exercise. Ignored 1 entry this version of the course does not have: gone/old.",
    );
  });
});

describe('review schedule in the progress file', () => {
  const card = (due: number, lastReview?: number): ReviewCard => ({
    due,
    stability: 2.3,
    difficulty: 4.9,
    scheduledDays: 3,
    learningSteps: 0,
    reps: lastReview === undefined ? 0 : 1,
    lapses: 0,
    state: lastReview === undefined ? 0 : 2,
    ...(lastReview === undefined ? {} : { lastReview }),
  });
  const review = {
    version: 1 as const,
    cards: { 'servers/utilisation': card(400, 100), 'metrics/p95': card(500) },
  };
  const withReview: Snapshot = { ...sample, review };

  it('round-trips unchanged', () => {
    const r = parseExport(fileText(withReview), known);
    expect(r).toEqual({
      ok: true,
      value: { data: withReview, exportedAt: NOW.toISOString(), ignored: [] },
    });
  });

  it('is optional: files from before review existed still import', () => {
    const r = parseExport(fileText(sample), known);
    expect(r.ok && r.value.data.review).toBeUndefined();
  });

  it('refuses a damaged schedule with a message naming the card', () => {
    const damaged = (change: (r: Record<string, unknown>) => void) =>
      tweak((f) => {
        const r = JSON.parse(JSON.stringify(review)) as Record<string, unknown>;
        change(r);
        f.data['review'] = r;
      });
    expect(reason(damaged((r) => (r['version'] = 9)))).toBe(
      'This progress file is damaged: "review" has version 9, not 1. Nothing was imported.',
    );
    expect(
      reason(
        damaged(
          (r) =>
            ((r['cards'] as Record<string, Record<string, unknown>>)['metrics/p95']!['due'] = -1),
        ),
      ),
    ).toBe(
      'This progress file is damaged: "review" card "metrics/p95" needs a "due" time. Nothing was imported.',
    );
    expect(reason(tweak((f) => (f.data['review'] = 'soon')))).toMatch(
      /"review" is not a review record/,
    );
  });

  it('ignores schedules of chapters this version does not have, by name', () => {
    const text = fileText({
      ...sample,
      review: { version: 1, cards: { ...review.cards, 'gone/q': card(1) } },
    });
    // buildExport already leaves them out; a file from another version may still carry them.
    const raw = JSON.parse(text) as Raw;
    (raw.data['review'] as { cards: Record<string, unknown> }).cards['gone/q'] = card(1);
    const r = parseExport(JSON.stringify(raw), known);
    expect(r.ok && r.value.data.review).toEqual(review);
    expect(r.ok && r.value.ignored).toEqual(['review gone/q']);
  });

  it('merges per question, the more recent review winning, and says how many came in', () => {
    const local: Snapshot = {
      ...sample,
      review: { version: 1, cards: { 'servers/utilisation': card(900, 800) } },
    };
    const { merged, report } = mergeSnapshots(local, withReview);
    expect(merged.review?.cards).toEqual({
      'servers/utilisation': card(900, 800),
      'metrics/p95': card(500),
    });
    expect(report.reviewImported).toBe(1);
    expect(describeImport(report, [])).toContain('Imported the review schedule of 1 question.');
    expect(mergeSnapshots(local, sample).merged.review).toEqual(local.review);
  });
});
