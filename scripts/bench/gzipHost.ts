/**
 * dist/ served the way a static host like GitHub Pages serves it: gzip for text and wasm, the
 * right types, a Content-Length. `astro preview` sends everything uncompressed (about 25 MB for
 * the exercise tools instead of about 6), which would make a throttled figure four times too slow.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Types a host compresses (images and fonts are compressed already). */
const COMPRESSED = /^(?:text\/|application\/(?:json|wasm|xml)|image\/svg)/;

/** A running host. */
export interface GzipHost {
  /** Site URL including the base path, ending in '/'. */
  url: string;
  stop(): Promise<void>;
}

/** Serve `dir` at `base` (e.g. '/' or '/repo/') on a free port of localhost. */
export async function startGzipHost(dir: string, base: string): Promise<GzipHost> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      if (!path.startsWith(base)) return notFound();
      let file = normalize(join(dir, path.slice(base.length)));
      if (!file.startsWith(normalize(dir))) return notFound();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        let body: Buffer = await readFile(file);
        const headers: Record<string, string | number> = { 'content-type': type };
        if (COMPRESSED.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          body = gzipped.get(file) ?? gzipSync(body, { level: 6 });
          gzipped.set(file, body);
          headers['content-encoding'] = 'gzip';
          headers['vary'] = 'Accept-Encoding';
        }
        headers['content-length'] = body.length;
        response.writeHead(200, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        notFound();
      }
    })();
    function notFound(): void {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}${base}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
