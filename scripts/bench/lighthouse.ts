/**
 * Lighthouse (default config: mobile, simulated throttling) on the home page and two chapters,
 * in the same Chromium, through chrome-launcher. Performance and accessibility scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.ts';
import { figure, type Figure } from './figures.ts';

const PAGES = ['', 'learn/servers/', 'learn/load-balancers/'];

/** Score every page; a failed audit is reported as a score of 0 with the reason on stderr. */
export async function benchLighthouse(url: string): Promise<Figure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const figures: Figure[] = [];
  try {
    for (const path of PAGES) {
      const result = await lighthouse(`${url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const categories = result?.lhr.categories;
      const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
      const name = path === '' ? 'home' : path;
      figures.push(
        figure(
          'lighthouse',
          `Lighthouse performance (mobile): ${name}`,
          score('performance'),
          'score',
          {
            op: '>=',
            value: 98,
          },
        ),
        figure('lighthouse', `Lighthouse accessibility: ${name}`, score('accessibility'), 'score', {
          op: '=',
          value: 100,
        }),
      );
      // The metrics behind the performance score, so a miss says where it comes from.
      const metric = (id: string) => result?.lhr.audits[id]?.numericValue ?? NaN;
      figures.push(
        figure(
          'lighthouse',
          `  LCP (mobile, simulated): ${name}`,
          Math.round(metric('largest-contentful-paint')),
          'ms',
          {
            op: '<=',
            value: 2500,
          },
        ),
        figure(
          'lighthouse',
          `  TBT (mobile, simulated): ${name}`,
          Math.round(metric('total-blocking-time')),
          'ms',
          {
            op: '<=',
            value: 200,
          },
        ),
        figure(
          'lighthouse',
          `  CLS: ${name}`,
          Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
          '',
          {
            op: '<=',
            value: 0.1,
          },
        ),
      );
      const failing = Object.values(result?.lhr.audits ?? {}).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
      );
      for (const a of failing) process.stderr.write(`  lighthouse ${name}: ${a.id} — ${a.title}\n`);
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
