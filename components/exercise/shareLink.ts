/**
 * Share links for exercise runs: `#run=<base64url(deflate-raw(JSON))>`. The payload rides in the
 * URL fragment so it never reaches a server. Pure (no DOM): encode, decode and validate only, so
 * Vitest covers it in Node, which has the same CompressionStream as the browser.
 *
 * Deflate-raw has no checksum, so the payload carries one (`sum`): a link damaged in transit
 * (a changed or dropped character) is refused instead of loading subtly different code.
 *
 * Every exercise's checks use their own fixed seeds and take no learner parameters, so the
 * exercise id and the code reproduce a run exactly; the version field leaves room for runs that
 * will carry parameters or a seed.
 */

import type { Result } from '../../course/result.ts';
import { hashText } from './codeStore.ts';

/** Format version written into every link; links of any other version are refused. */
export const SHARE_VERSION = 1;
/** Largest decoded payload accepted (bytes of JSON), so a link cannot make the page chew on megabytes. */
export const MAX_DECODED_BYTES = 64 * 1024;
/** Largest fragment value accepted before decoding (compressed, base64url): a cheap early refusal. */
export const MAX_ENCODED_CHARS = 96 * 1024;
/** The fragment key: `#run=…`. */
export const FRAGMENT_KEY = 'run';

/** What a link reproduces. */
export interface SharedRun {
  /** Format version, always {@link SHARE_VERSION}. */
  v: typeof SHARE_VERSION;
  /** Exercise id, `chapter/slug`. */
  id: string;
  /** The learner's TypeScript source. */
  code: string;
  /** Checksum of id and code, to tell a damaged link from a good one. */
  sum: string;
}

/** Outcome of reading a link: the run, or a message fit to show the visitor (the course's one result shape). */
export type DecodeResult = Result<SharedRun>;

/** Thrown by {@link encodeRun} when the code is too large to share. */
export class ShareTooLarge extends Error {
  override name = 'ShareTooLarge';
}

/** The checksum a payload carries for its id and code. */
export function runChecksum(id: string, code: string): string {
  return hashText(`${id}\n${code}`);
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument count well under engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes; undefined for anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Stop inflating as soon as the limit is passed: a tiny link must not expand into gigabytes.
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const source = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
  return source.pipeThrough(transform) as ReadableStream<Uint8Array>;
}

/** Encode a run as the fragment value (without `run=`). Throws {@link ShareTooLarge} past the limit. */
export async function encodeRun(run: { id: string; code: string }): Promise<string> {
  const payload: SharedRun = {
    v: SHARE_VERSION,
    id: run.id,
    code: run.code,
    sum: runChecksum(run.id, run.code),
  };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  if (json.byteLength > MAX_DECODED_BYTES) {
    throw new ShareTooLarge(
      `This code is too long to share as a link (${Math.ceil(json.byteLength / 1024)} KB; the limit is ${MAX_DECODED_BYTES / 1024} KB).`,
    );
  }
  const compressed = await collect(
    pipe(json, new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return toBase64Url(compressed ?? new Uint8Array());
}

const FIELDS = new Set(['v', 'id', 'code', 'sum']);

/** Check the shape strictly: exactly `v`, `id`, `code` and `sum`, of the right types. */
export function validateRun(value: unknown, knownIds: ReadonlySet<string>): DecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'the link does not hold a run.' };
  const record = value as Record<string, unknown>;
  if (record.v !== SHARE_VERSION) {
    return {
      ok: false,
      message:
        typeof record.v === 'number'
          ? `the link was made by another version of the course (format ${record.v}, this page reads ${SHARE_VERSION}).`
          : 'the link has no format version.',
    };
  }
  const extra = Object.keys(record).filter((k) => !FIELDS.has(k));
  if (extra.length > 0) return { ok: false, message: `unexpected field “${extra[0]}”.` };
  if (typeof record.id !== 'string' || record.id.length === 0)
    return { ok: false, message: 'the link names no exercise.' };
  if (!knownIds.has(record.id))
    return { ok: false, message: `there is no exercise “${record.id}” on this page.` };
  if (typeof record.code !== 'string') return { ok: false, message: 'the link holds no code.' };
  if (record.sum !== runChecksum(record.id, record.code))
    return { ok: false, message: 'the link is damaged (its checksum does not match its code).' };
  return {
    ok: true,
    value: { v: SHARE_VERSION, id: record.id, code: record.code, sum: record.sum },
  };
}

/** Decode and validate a fragment value (without `run=`). Never throws. */
export async function decodeRun(
  encoded: string,
  knownIds: ReadonlySet<string>,
): Promise<DecodeResult> {
  const broken: DecodeResult = { ok: false, message: 'the link is damaged or incomplete.' };
  if (encoded.length === 0) return { ok: false, message: 'the link is empty.' };
  if (encoded.length > MAX_ENCODED_CHARS) return { ok: false, message: 'the link is too long.' };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return broken;
  let json: Uint8Array | undefined;
  try {
    json = await collect(pipe(bytes, new DecompressionStream('deflate-raw')), MAX_DECODED_BYTES);
  } catch {
    return broken;
  }
  if (!json) return { ok: false, message: 'the shared code is too large.' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return broken;
  }
  return validateRun(value, knownIds);
}

/** The encoded run in a location hash (`#run=…`), or undefined when the hash holds none. */
export function runFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY) ?? undefined;
}

/** The page address with the run in its fragment (any other fragment is replaced). */
export function shareUrl(pageHref: string, encoded: string): string {
  const url = new URL(pageHref);
  url.hash = `${FRAGMENT_KEY}=${encoded}`;
  return url.href;
}
