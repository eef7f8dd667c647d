import { describe, expect, it } from 'vitest';
import {
  MAX_DECODED_BYTES,
  SHARE_VERSION,
  ShareTooLarge,
  decodeRun,
  encodeRun,
  fromBase64Url,
  runChecksum,
  runFromHash,
  shareUrl,
  toBase64Url,
  validateRun,
} from '../../components/exercise/shareLink.ts';

const ID = 'servers/route-requests';
const KNOWN = new Set([ID, 'capstone/bad-day']);

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('share links', () => {
  it('round-trips code with non-ASCII text, emoji and every kind of whitespace', async () => {
    const code = `// Grüße, 東京, emoji 🚀\n\texport const x = "a\\u0000b";\r\n  // ${'é'.repeat(500)}\n`;
    const encoded = await encodeRun({ id: ID, code });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeRun(encoded, KNOWN)).toEqual({
      ok: true,
      value: { v: SHARE_VERSION, id: ID, code, sum: runChecksum(ID, code) },
    });
  });

  it('compresses: a typical exercise fits in a short link', async () => {
    const code = 'export function handle(req) {\n  return { status: 200, body: "ok" };\n}\n'.repeat(
      20,
    );
    const encoded = await encodeRun({ id: ID, code });
    expect(encoded.length).toBeLessThan(code.length / 4);
  });

  it('puts the run in the fragment and reads it back from a hash', async () => {
    const encoded = await encodeRun({ id: ID, code: 'export {}' });
    const url = shareUrl('https://example.org/course/learn/servers/?q=1#old', encoded);
    expect(url).toBe(`https://example.org/course/learn/servers/?q=1#run=${encoded}`);
    expect(runFromHash(new URL(url).hash)).toBe(encoded);
    expect(runFromHash('#section-2')).toBeUndefined();
    expect(runFromHash('')).toBeUndefined();
  });

  it('refuses to encode code past the size limit', async () => {
    await expect(encodeRun({ id: ID, code: 'x'.repeat(MAX_DECODED_BYTES) })).rejects.toThrow(
      ShareTooLarge,
    );
  });

  it('rejects every one-character change to a link, never throwing', async () => {
    const encoded = await encodeRun({ id: ID, code: 'export const design = { servers: 4 };' });
    for (let at = 0; at < encoded.length; at++) {
      const flipped = encoded[at] === 'A' ? 'B' : 'A';
      const tampered = encoded.slice(0, at) + flipped + encoded.slice(at + 1);
      // The last character's spare bits carry no data: such a change is no change at all.
      if (fromBase64Url(tampered)?.join() === fromBase64Url(encoded)?.join()) continue;
      const result = await decodeRun(tampered, KNOWN);
      expect(result.ok, `changed at ${at}`).toBe(false);
    }
  });

  it('rejects a payload whose code was edited without its checksum', async () => {
    const good = {
      v: 1,
      id: ID,
      code: 'export const x = 1;',
      sum: runChecksum(ID, 'export const x = 1;'),
    };
    expect((await decodeRun(await deflate(JSON.stringify(good)), KNOWN)).ok).toBe(true);
    const edited = { ...good, code: 'export const x = 2;' };
    expect(await decodeRun(await deflate(JSON.stringify(edited)), KNOWN)).toEqual({
      ok: false,
      message: expect.stringMatching(/checksum/) as string,
    });
  });

  it('rejects truncated links and text that is not base64url', async () => {
    const encoded = await encodeRun({ id: ID, code: 'export const answer = 42;\n'.repeat(10) });
    for (const bad of [encoded.slice(0, -6), encoded.slice(0, 5), 'not base64!', '%%%', '']) {
      const result = await decodeRun(bad, KNOWN);
      expect(result.ok, bad).toBe(false);
    }
  });

  it('stops inflating a compression bomb at the limit', async () => {
    const bomb = await deflate(
      JSON.stringify({ v: 1, id: ID, code: ' '.repeat(MAX_DECODED_BYTES * 4) }),
    );
    expect(bomb.length).toBeLessThan(2000);
    expect(await decodeRun(bomb, KNOWN)).toEqual({
      ok: false,
      message: 'the shared code is too large.',
    });
  });

  it('rejects an over-long fragment before decoding it', async () => {
    expect(await decodeRun('A'.repeat(200_000), KNOWN)).toEqual({
      ok: false,
      message: 'the link is too long.',
    });
  });

  it('rejects other versions, unknown exercises and wrong shapes', async () => {
    const cases: [unknown, RegExp][] = [
      [{ v: 2, id: ID, code: '' }, /another version.*format 2/],
      [{ id: ID, code: '' }, /no format version/],
      [{ v: 1, id: 'servers/nope', code: '' }, /no exercise “servers\/nope” on this page/],
      [{ v: 1, id: '', code: '' }, /names no exercise/],
      [{ v: 1, id: ID, code: 42 }, /holds no code/],
      [{ v: 1, id: ID, code: 'x', sum: runChecksum(ID, 'x'), seed: 3 }, /unexpected field “seed”/],
      [[1, 2], /does not hold a run/],
      ['just text', /does not hold a run/],
    ];
    for (const [value, reason] of cases) {
      const viaLink = await decodeRun(await deflate(JSON.stringify(value)), KNOWN);
      expect(viaLink).toEqual({ ok: false, message: expect.stringMatching(reason) as string });
      expect(validateRun(value, KNOWN).ok).toBe(false);
    }
  });

  it('rejects JSON that is not valid UTF-8', async () => {
    const stream = new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const encoded = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect((await decodeRun(encoded, KNOWN)).ok).toBe(false);
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(fromBase64Url(text)).toEqual(bytes);
    expect(fromBase64Url('abc=')).toBeUndefined();
    expect(fromBase64Url('a')).toBeUndefined();
  });
});
