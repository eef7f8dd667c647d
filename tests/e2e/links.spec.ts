/**
 * Links at a sub-path: a separate build with BASE=/architecture-lab/, every href/src resolved
 * against it. Links of the build under test are checked page by page in every-page.spec.ts.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('a build at a sub-path (/architecture-lab/) has no broken internal links', () => {
  test.setTimeout(180_000);
  // Builds into a separate folder with BASE set, then resolves every href/src against it.
  const out = execFileSync(
    process.execPath,
    ['scripts/check-links.mjs', '--base', '/architecture-lab/'],
    { encoding: 'utf8', stdio: 'pipe' },
  );
  expect(out).toMatch(/0 broken/);
});
