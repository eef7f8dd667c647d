/**
 * How far the tools an exercise downloads on first use have come: the editor (Monaco), its
 * TypeScript worker and the compiler (esbuild-wasm), about 6 MB gzip together. The runner reports
 * here; the exercise island shows it (components/exercise/loadProgress.ts). DOM-free apart from
 * the optional Resource Timing observer, so Node tests drive it.
 */

/** The parts a learner waits for, in the order they are shown. */
export const TOOL_PARTS = ['editor', 'types', 'compiler'] as const;
export type ToolPart = (typeof TOOL_PARTS)[number];

/** One part's state. Bytes are the files' own sizes (decoded), whatever the transfer encoding. */
export interface PartProgress {
  part: ToolPart;
  state: 'loading' | 'done' | 'failed';
  loadedBytes: number;
  /** Unknown when the host sends no usable Content-Length: the view shows an indeterminate bar. */
  totalBytes?: number;
}

type Listener = (progress: PartProgress) => void;

const listeners = new Set<Listener>();
const latest = new Map<ToolPart, PartProgress>();

/** Listen to every part's progress; the current state of parts already started is replayed. */
export function onToolProgress(listener: Listener): () => void {
  listeners.add(listener);
  for (const progress of latest.values()) listener(progress);
  return () => listeners.delete(listener);
}

/** The current state of every part that has started, in display order. */
export function toolProgress(): PartProgress[] {
  return TOOL_PARTS.flatMap((part) => latest.get(part) ?? []);
}

function publish(progress: PartProgress): void {
  latest.set(progress.part, progress);
  for (const listener of listeners) listener(progress);
}

/** A part starts loading (again, after a failure); a part already done stays done. */
export function partStarted(part: ToolPart): void {
  const now = latest.get(part);
  if (now?.state === 'done' || now?.state === 'loading') return;
  publish({ part, state: 'loading', loadedBytes: 0 });
}

/** Bytes arrived for a part; `totalBytes` when the response says how many to expect. */
export function partBytes(part: ToolPart, addedBytes: number, totalBytes?: number): void {
  const now = latest.get(part) ?? { part, state: 'loading' as const, loadedBytes: 0 };
  // A failed part waits for its retry (partStarted); a straggling file report does not revive it.
  if (now.state === 'failed') return;
  const loadedBytes = now.loadedBytes + addedBytes;
  // Resource Timing may report a file just after its part is ready: count it, keep it ready.
  if (now.state === 'done') return publish({ ...now, loadedBytes });
  const total = totalBytes ?? now.totalBytes;
  // A total that the bytes outgrow was wrong (a proxy re-encoded the body): say "unknown" instead.
  const next: PartProgress = { part, state: 'loading', loadedBytes };
  if (total !== undefined && loadedBytes <= total) next.totalBytes = total;
  publish(next);
}

/** A part is ready to use. */
export function partDone(part: ToolPart): void {
  const now = latest.get(part);
  if (now?.state === 'done') return;
  const loadedBytes = now?.loadedBytes ?? 0;
  publish({
    part,
    state: 'done',
    loadedBytes,
    ...(now?.totalBytes ? { totalBytes: now.totalBytes } : {}),
  });
}

/** A part could not load (offline, or gone after a deploy); the next attempt starts it again. */
export function partFailed(part: ToolPart): void {
  const now = latest.get(part);
  if (now?.state === 'done') return;
  publish({ part, state: 'failed', loadedBytes: now?.loadedBytes ?? 0 });
}

/**
 * The body size a response announces, if it can be compared with the bytes a reader receives:
 * Content-Length counts the encoded body, so with gzip or brotli (GitHub Pages) it says nothing
 * about the decoded bytes, and many hosts send none at all. Then the total is unknown.
 */
export function announcedBytes(headers: Headers): number | undefined {
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return undefined;
  const length = Number(headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length > 0 ? length : undefined;
}

/**
 * Count a response's body as it arrives, for `part`, without consuming it: a clone is read and
 * thrown away while the caller uses the original (for the wasm, streaming compilation keeps its
 * URL and with it the browser's code cache). Resolves once the clone has been read.
 * `expectedBytes`, the file's known size, is the total when the response announces none usable.
 */
export async function countDownload(
  part: ToolPart,
  response: Response,
  expectedBytes?: number,
): Promise<void> {
  const total = announcedBytes(response.headers) ?? expectedBytes;
  const body = response.clone().body;
  partBytes(part, 0, total);
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      partBytes(part, value.byteLength, total);
    }
  } catch {
    // The original's reader reports a broken download; the count simply stops.
  }
}

/**
 * Which part a file belongs to, by the names the build gives Monaco's files: the TypeScript
 * worker, or the editor (its API, language registrations, CSS and editor worker). Others: none.
 */
export function partOfResource(url: string): ToolPart | undefined {
  const file = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  if (/^ts\.worker[-.]/.test(file)) return 'types';
  if (/^(?:editor\.api|editor\.main|editor\.worker|monaco|tsMode|typescript)[-.]/.test(file)) {
    return 'editor';
  }
  return undefined;
}

let observing = false;

/**
 * Count the editor's and the TypeScript worker's files as the browser finishes them (Resource
 * Timing: module scripts give no progress while they stream, only their size once done). A file
 * answered by the service worker may report size 0; its part still completes when it is ready.
 */
export function observeToolResources(): void {
  if (observing || typeof PerformanceObserver === 'undefined') return;
  observing = true;
  const seen = new Set<string>();
  const count = (entries: PerformanceEntryList): void => {
    for (const entry of entries as PerformanceResourceTiming[]) {
      const part = partOfResource(entry.name);
      if (!part || seen.has(entry.name)) continue;
      seen.add(entry.name);
      partBytes(part, entry.decodedBodySize || 0);
    }
  };
  try {
    new PerformanceObserver((list) => count(list.getEntries())).observe({
      type: 'resource',
      buffered: true,
    });
  } catch {
    // No Resource Timing here: parts still show loading and done, without sizes.
  }
}

/** Load the editor module, reporting the editor part as loading (done comes from the editor). */
export function importEditor(): Promise<typeof import('./monaco.ts')> {
  observeToolResources();
  partStarted('editor');
  return import('./monaco.ts').catch((error: unknown) => {
    partFailed('editor');
    throw error;
  });
}

/** Forget everything (tests only). */
export function resetToolProgress(): void {
  latest.clear();
  listeners.clear();
}
