/** `astro preview` of the built site on a free port, started and stopped by the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A running preview server. */
export interface Preview {
  /** Site URL including the base path, ending in '/'. */
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Start the preview server for dist/ and wait until it answers. */
export async function startPreview(base: string): Promise<Preview> {
  const port = await freePort();
  // Its own process group, so stop() ends npm, astro and anything they started, and nothing else.
  const child: ChildProcess = spawn(
    'npm',
    ['run', 'preview', '--', '--port', String(port), '--host', 'localhost'],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const url = `http://localhost:${port}${base}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`astro preview did not answer at ${url}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
