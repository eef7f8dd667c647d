/**
 * TypeScript → JavaScript in the browser with esbuild-wasm. The wasm (≈3.7 MB gzip) is fetched and
 * compiled once per page, on first use, and esbuild runs in its own Worker, so compiling never
 * blocks the page and survives the sandbox being terminated.
 */
import * as esbuild from 'esbuild-wasm/esm/browser.js';
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import type { RunError } from 'archlab';
import type { CompiledCode } from './execute.ts';
import { LEARNER_TRANSFORM_OPTIONS } from './compileOptions.ts';
import { countDownload, partDone, partFailed, partStarted } from './loading.ts';

/**
 * Size of esbuild.wasm as it arrives decoded, for the learner's progress bar where the host
 * compresses it (GitHub Pages: Content-Length then counts gzip bytes). tests/unit/load-progress
 * compares it with the installed package, so an upgrade cannot leave it wrong.
 */
export const ESBUILD_WASM_BYTES = 13_978_850;

let ready: Promise<void> | undefined;

/** Start loading the compiler (idempotent); call it as soon as the learner shows intent. */
export function warmUpCompiler(): Promise<void> {
  ready ??= (async () => {
    partStarted('compiler');
    const wasmModule = await compileWasm(wasmURL);
    await esbuild.initialize({ wasmModule, worker: true });
    partDone('compiler');
  })();
  // A failed load (offline, say) may be retried by the next Run.
  ready.catch(() => {
    partFailed('compiler');
    ready = undefined;
  });
  return ready;
}

/**
 * Compile esbuild's wasm. Streaming compilation (what `initialize({ wasmURL })` does) requires the
 * response's type to be `application/wasm`; many static hosts serve `.wasm` as
 * `application/octet-stream`, and then it throws a TypeError. Those get the bytes compiled
 * instead: slower by the download, but it runs (issue 16).
 */
export async function compileWasm(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // The learner sees how far the largest download (≈3.7 MB gzip) has come.
  void countDownload('compiler', response, ESBUILD_WASM_BYTES);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The result of compiling: code to run, or an error pointing at the learner's line. */
export type CompileOutcome = ({ ok: true } & CompiledCode) | { ok: false; error: RunError };

/** Compile the learner's TypeScript to CommonJS with a source map. */
export async function compileTypeScript(source: string): Promise<CompileOutcome> {
  await warmUpCompiler();
  try {
    const out = await esbuild.transform(source, LEARNER_TRANSFORM_OPTIONS);
    return { ok: true, code: out.code, map: out.map };
  } catch (err) {
    return { ok: false, error: syntaxError(err) };
  }
}

function syntaxError(err: unknown): RunError {
  const first = (err as { errors?: esbuild.Message[] }).errors?.[0];
  if (!first) return { kind: 'internal', message: `The compiler failed: ${String(err)}` };
  const loc = first.location;
  if (!loc) return { kind: 'syntax', message: first.text };
  return {
    kind: 'syntax',
    message: `Syntax error on line ${loc.line}: ${first.text}`,
    position: { line: loc.line, column: loc.column + 1 },
  };
}
