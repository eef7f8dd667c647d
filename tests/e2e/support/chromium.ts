import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Which Chromium the browser tests drive: Playwright's own when installed (undefined = let
 * Playwright pick it), else a system Chromium, else stop with instructions.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Install one with `npx playwright install chromium` ' +
      'or, on Debian/Ubuntu, `sudo apt-get install chromium`, or set CHROMIUM_PATH.',
  );
}

/** Flags that work on this kind of machine (no GPU, no background traffic; no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
