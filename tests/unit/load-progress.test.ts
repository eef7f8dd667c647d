/**
 * The tools' download progress (runner/loading.ts) and how the exercise shows it
 * (components/exercise/loadProgress.ts): bytes counted as they arrive, a total only when the
 * response's Content-Length describes the bytes read, milestones announced, not bytes.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ESBUILD_WASM_BYTES } from '../../runner/compile.ts';
import {
  announcedBytes,
  countDownload,
  onToolProgress,
  partBytes,
  partDone,
  partFailed,
  partOfResource,
  partStarted,
  resetToolProgress,
  toolProgress,
  type PartProgress,
} from '../../runner/loading.ts';
import {
  allReady,
  describePart,
  megabytes,
  milestone,
} from '../../components/exercise/loadProgress.ts';

afterEach(() => resetToolProgress());

/** A response whose body arrives in the given chunks. */
function streamed(chunks: number[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('announcedBytes', () => {
  it('takes Content-Length when the body is not encoded', () => {
    expect(announcedBytes(new Headers({ 'content-length': '14000000' }))).toBe(14_000_000);
    expect(
      announcedBytes(new Headers({ 'content-length': '10', 'content-encoding': 'identity' })),
    ).toBe(10);
  });
  it('knows no total without a length, with a bad one, or with a compressed body', () => {
    expect(announcedBytes(new Headers())).toBeUndefined();
    expect(announcedBytes(new Headers({ 'content-length': 'lots' }))).toBeUndefined();
    expect(announcedBytes(new Headers({ 'content-length': '0' }))).toBeUndefined();
    // gzip's Content-Length counts compressed bytes; the reader sees decompressed ones.
    expect(
      announcedBytes(new Headers({ 'content-length': '3700000', 'content-encoding': 'gzip' })),
    ).toBeUndefined();
  });
});

describe('countDownload', () => {
  it('counts every chunk against the announced total, leaving the body to the caller', async () => {
    const seen: PartProgress[] = [];
    onToolProgress((p) => seen.push(p));
    const response = streamed([400, 300, 300], { 'content-length': '1000' });
    await countDownload('compiler', response);
    expect(seen.map((p) => p.loadedBytes)).toEqual([0, 400, 700, 1000]);
    expect(seen.every((p) => p.totalBytes === 1000)).toBe(true);
    // The original body is untouched: streaming compilation still reads all of it.
    expect((await response.arrayBuffer()).byteLength).toBe(1000);
  });

  it('without Content-Length, counts bytes with no total (an indeterminate bar)', async () => {
    await countDownload('compiler', streamed([500, 250], {}));
    const [compiler] = toolProgress();
    expect(compiler).toEqual({ part: 'compiler', state: 'loading', loadedBytes: 750 });
    expect(describePart(compiler!)).toEqual({
      label: 'Compiler (esbuild)',
      text: '0.0 MB so far',
    });
  });

  it('takes the known size when the body is compressed (Content-Length counts gzip bytes)', async () => {
    const gzip = { 'content-length': '300', 'content-encoding': 'gzip' };
    await countDownload('compiler', streamed([500, 500], gzip), 1000);
    expect(toolProgress()[0]).toMatchObject({ loadedBytes: 1000, totalBytes: 1000 });
  });

  it('drops a total that the bytes outgrow (a wrong length) rather than show over 100 %', async () => {
    await countDownload('compiler', streamed([600, 600], { 'content-length': '1000' }));
    expect(toolProgress()[0]?.totalBytes).toBeUndefined();
  });
});

describe('part states', () => {
  it('replays what has started to a late listener, in display order', () => {
    partStarted('compiler');
    partStarted('editor');
    partBytes('editor', 2_000_000);
    const replayed: string[] = [];
    onToolProgress((p) => replayed.push(`${p.part}:${p.state}:${p.loadedBytes}`));
    expect(replayed.sort()).toEqual(['compiler:loading:0', 'editor:loading:2000000']);
    expect(toolProgress().map((p) => p.part)).toEqual(['editor', 'compiler']);
  });

  it('a failed part stays failed until it starts again from zero; a ready one stays ready', () => {
    partStarted('compiler');
    partBytes('compiler', 100);
    partFailed('compiler');
    expect(toolProgress()[0]?.state).toBe('failed');
    partBytes('compiler', 50);
    expect(toolProgress()[0]?.state).toBe('failed');
    partStarted('compiler');
    expect(toolProgress()[0]).toEqual({ part: 'compiler', state: 'loading', loadedBytes: 0 });
    partDone('compiler');
    partStarted('compiler');
    partFailed('compiler');
    expect(toolProgress()[0]?.state).toBe('done');
  });

  it('a file reported after its part is ready still counts, and the part stays ready', () => {
    partStarted('editor');
    partDone('editor');
    partBytes('editor', 1_400_000);
    expect(toolProgress()[0]).toMatchObject({ state: 'done', loadedBytes: 1_400_000 });
  });
});

describe('esbuild.wasm’s known size', () => {
  it('is the size of the installed package’s file', () => {
    const file = join(import.meta.dirname, '..', '..', 'node_modules/esbuild-wasm/esbuild.wasm');
    expect(ESBUILD_WASM_BYTES).toBe(statSync(file).size);
  });
});

describe('partOfResource', () => {
  it('sorts the build’s Monaco files into editor and type checker', () => {
    const at = (file: string) => partOfResource(`https://example.org/course/_astro/${file}`);
    expect(at('ts.worker-CVbFdYz4.js')).toBe('types');
    expect(at('editor.api.CaLDuJss.js')).toBe('editor');
    expect(at('monaco.BMasDH5H.js')).toBe('editor');
    expect(at('tsMode.BjxudUxd.js')).toBe('editor');
    expect(at('editor.main.BhW05s-H.css')).toBe('editor');
    expect(at('editor.worker-CX7Cj20z.js?worker_file&type=module')).toBe('editor');
    expect(at('esbuild.BaXVPFT2.wasm')).toBeUndefined();
    expect(at('controller.TnajBSfs.js')).toBeUndefined();
    expect(at('sandbox.worker-BnljQ9V7.js')).toBeUndefined();
  });
});

describe('what the learner sees and hears', () => {
  it('a known total: bytes, total and share, on a determinate bar', () => {
    expect(
      describePart({
        part: 'compiler',
        state: 'loading',
        loadedBytes: 3_100_000,
        totalBytes: 14_000_000,
      }),
    ).toEqual({
      label: 'Compiler (esbuild)',
      text: '3.1 MB of 14.0 MB (22 %)',
      value: 3_100_000,
      max: 14_000_000,
    });
  });

  it('nothing yet, ready and failed say so in words', () => {
    expect(describePart({ part: 'editor', state: 'loading', loadedBytes: 0 }).text).toBe(
      'downloading…',
    );
    expect(describePart({ part: 'types', state: 'done', loadedBytes: 6_900_000 })).toEqual({
      label: 'Type checker (TypeScript)',
      text: 'ready (6.9 MB)',
      value: 1,
      max: 1,
    });
    expect(describePart({ part: 'types', state: 'failed', loadedBytes: 10 }).text).toBe(
      'could not be downloaded',
    );
  });

  it('announces a part starting, ready or failing, never a byte count', () => {
    const loading: PartProgress = { part: 'editor', state: 'loading', loadedBytes: 0 };
    expect(milestone(undefined, loading)).toBe('Downloading the code editor.');
    expect(milestone(loading, { ...loading, loadedBytes: 5 })).toBeUndefined();
    expect(milestone(loading, { ...loading, state: 'done' })).toBe('The code editor is ready.');
    expect(milestone(loading, { ...loading, part: 'compiler', state: 'failed' })).toBe(
      'The compiler could not be downloaded.',
    );
  });

  it('is ready only once something started and everything started is done', () => {
    const done = (part: 'editor' | 'types'): PartProgress => ({
      part,
      state: 'done',
      loadedBytes: 1,
    });
    expect(allReady([])).toBe(false);
    expect(allReady([done('editor'), { part: 'types', state: 'loading', loadedBytes: 0 }])).toBe(
      false,
    );
    expect(allReady([done('editor'), done('types')])).toBe(true);
  });

  it('megabytes are decimal, one digit', () => {
    expect(megabytes(6_000_000)).toBe('6.0 MB');
    expect(megabytes(1_250_000)).toBe('1.3 MB');
  });
});
