/**
 * Chapter 2: a page load as a waterfall of requests over a link the learner tunes (round-trip time,
 * bandwidth, parallel connections). The model (engine clock and network links) is in
 * ../model/pageLoad.ts.
 */
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { HANDSHAKE_ROUND_TRIPS, loadPage, type PageRequest } from '../model/pageLoad.ts';
import { shopFiles } from '../model/shopPage.ts';

const KB = 1000;
const total = (kind: string) =>
  shopFiles.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.bytes, 0);

/** The shop's page as written: one request per file, chains of references. */
const asWritten: PageRequest[] = shopFiles.map((f) => ({ ...f }));
/** The same content with the CSS inlined, the scripts bundled and the font preloaded. */
const optimised: PageRequest[] = [
  { name: 'index.html (+ CSS)', kind: 'html', bytes: 30 * KB + total('css'), parent: null },
  { name: 'app.js (bundle)', kind: 'js', bytes: total('js'), parent: 'index.html (+ CSS)' },
  ...shopFiles
    .filter((f) => f.kind === 'font' || f.kind === 'image')
    .map((f) => ({ ...f, parent: 'index.html (+ CSS)' })),
];
/** A blog article: HTML, one stylesheet, two pictures. */
const article: PageRequest[] = [
  { name: 'post.html', kind: 'html', bytes: 25 * KB, parent: null },
  { name: 'blog.css', kind: 'css', bytes: 15 * KB, parent: 'post.html' },
  { name: 'figure-1.png', kind: 'image', bytes: 60 * KB, parent: 'post.html' },
  { name: 'figure-2.png', kind: 'image', bytes: 90 * KB, parent: 'post.html' },
];
const PAGES = {
  shop: { label: 'Shop home, as written (14 files)', page: asWritten },
  optimised: { label: 'Shop home, bundled and inlined (7 requests)', page: optimised },
  article: { label: 'Blog article (4 files)', page: article },
} as const;
type PageName = keyof typeof PAGES;
const PAGE_NAMES = Object.keys(PAGES) as PageName[];
const RTT_SWEEP = [10, 25, 50, 100, 150, 200, 300, 400];
const BANDWIDTH_SWEEP = [1, 2, 5, 10, 20, 50, 100];

export default defineSimulation({
  title: 'Loading a page over the network',
  description:
    'A browser loads a page from a server: it opens its connections (two round trips for TCP and ' +
    'TLS), asks for the HTML, then for every file the HTML refers to, and for the files those ' +
    'refer to (a stylesheet’s font, a script’s imports), using at most the given number of ' +
    'connections at once. All responses share the link’s bandwidth.',
  caption:
    'Each bar is one request, from the moment it was sent to its last byte. Files referred to by ' +
    'another file wait for it: every level of references costs at least one more round trip, and ' +
    'more files than connections cost extra rounds. Past a few megabits per second, more bandwidth ' +
    'barely helps in this model; a shorter round trip or fewer rounds always does.',
  seed: 1,
  controls: [
    {
      kind: 'select',
      name: 'page',
      label: 'Page',
      default: 'shop',
      options: PAGE_NAMES.map((value) => ({ value, label: PAGES[value].label })),
      help: 'The files the page needs, and which file refers to which.',
    },
    {
      kind: 'slider',
      name: 'rttMs',
      label: 'Round-trip time (RTT)',
      min: 10,
      max: 400,
      step: 10,
      default: 100,
      unit: 'ms',
      help: 'Time for a message to reach the server and an answer to come back.',
    },
    {
      kind: 'slider',
      name: 'bandwidthMbps',
      label: 'Bandwidth',
      min: 1,
      max: 100,
      step: 1,
      default: 20,
      unit: 'Mbit/s',
      help: 'How fast bytes arrive once they flow.',
    },
    {
      kind: 'slider',
      name: 'connections',
      label: 'Parallel connections',
      min: 1,
      max: 12,
      step: 1,
      default: 6,
      help: 'Requests in flight at once; browsers open 6 per server over HTTP/1.1.',
    },
    {
      kind: 'slider',
      name: 'serverMs',
      label: 'Server time for the HTML',
      min: 0,
      max: 500,
      step: 10,
      default: 50,
      unit: 'ms',
      help: 'Time the server needs to build the page (static files need none).',
    },
  ],
  run(params) {
    const name: PageName = PAGE_NAMES.includes(params.page as PageName)
      ? (params.page as PageName)
      : 'shop';
    const page = PAGES[name].page;
    const link = {
      rttMs: params.rttMs,
      bandwidthMbps: params.bandwidthMbps,
      connections: params.connections,
    };
    const result = loadPage(page, link, params.serverMs);
    const rows = result.timings.length;
    const waterfall: Series = {
      title: 'Waterfall: each request from sent to last byte',
      xLabel: 'Time since the user pressed Enter (ms)',
      yLabel: 'Request (first at the top)',
      kind: 'line',
      lines: result.timings.map((t, i) => ({
        label: t.name,
        points: [
          [t.sentMs, rows - i],
          [t.doneMs, rows - i],
        ],
      })),
    };
    const sweep = (values: number[], key: 'rttMs' | 'bandwidthMbps', p: readonly PageRequest[]) =>
      values.map((v) => [v, loadPage(p, { ...link, [key]: v }, params.serverMs).loadMs] as const);
    const byRtt: Series = {
      title: 'Load time against round-trip time',
      xLabel: 'Round-trip time (ms)',
      yLabel: 'Load time (ms)',
      kind: 'line',
      lines: [
        { label: PAGES.shop.label, points: sweep(RTT_SWEEP, 'rttMs', asWritten) },
        { label: PAGES.optimised.label, points: sweep(RTT_SWEEP, 'rttMs', optimised) },
      ],
    };
    const byBandwidth: Series = {
      title: 'Load time against bandwidth',
      xLabel: 'Bandwidth (Mbit/s)',
      yLabel: 'Load time (ms)',
      kind: 'line',
      lines: [
        { label: PAGES.shop.label, points: sweep(BANDWIDTH_SWEEP, 'bandwidthMbps', asWritten) },
        {
          label: PAGES.optimised.label,
          points: sweep(BANDWIDTH_SWEEP, 'bandwidthMbps', optimised),
        },
      ],
    };
    return {
      figures: [
        { label: 'Load time', value: result.loadMs, unit: 'ms' },
        { label: 'Requests', value: result.requests },
        { label: 'Page size', value: result.bytes / KB, unit: 'KB' },
        { label: 'Opening connections', value: HANDSHAKE_ROUND_TRIPS * link.rttMs, unit: 'ms' },
        {
          label: 'Bytes alone (size ÷ bandwidth)',
          value: (result.bytes * 8) / (link.bandwidthMbps * 1000),
          unit: 'ms',
        },
      ],
      series: [waterfall, byRtt, byBandwidth],
    };
  },
});
