/** The Chromium the bench drives: the same one the browser tests use. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../tests/e2e/support/chromium.ts';

/** Path of the Chromium binary (for Lighthouse's launcher too). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** Chromium flags that work on this kind of machine (see playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Launch headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
