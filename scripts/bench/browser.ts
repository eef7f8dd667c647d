/** The Chromium the bench drives: the same one the browser tests use. */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/support/chromium.ts';

/** Path of the Chromium binary (for Lighthouse's launcher too). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** Launch headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
