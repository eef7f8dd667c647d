/** Build time: wall time of `npm run build` (astro build + the search index), as a learner's CI sees it. */
import { spawnSync } from 'node:child_process';
import { figure, type Figure } from './figures.ts';

/** Run the production build once and time it. */
export function benchBuild(): Figure[] {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error('npm run build failed');
  return [figure('build', 'build time (npm run build)', Math.round(seconds * 10) / 10, 's')];
}
