/**
 * Claims of chapter 2 (lessons/02-clients-browser): every number and direction its prose states about
 * the page-load model and simulation, computed from that same model.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation, type AnySimulation } from '../../../components/simulation/define.ts';
import { flatPage, loadPage } from '../../../lessons/02-clients-browser/model/pageLoad.ts';
import { shopFiles } from '../../../lessons/02-clients-browser/model/shopPage.ts';
import pageLoad from '../../../lessons/02-clients-browser/simulations/page-load.ts';

const KB = 1000;
/** Light in fibre covers about 200,000 km per second: 200 km per millisecond. */
const FIBRE_KM_PER_MS = 200;

/** Requests sent after the HTML, grouped into rounds (a new round starts half an RTT later). */
function roundsOf(timings: readonly { name: string; sentMs: number }[], rttMs: number): string[][] {
  const out: string[][] = [];
  let start = -Infinity;
  for (const t of timings.slice(1)) {
    if (t.sentMs - start > rttMs / 2) {
      out.push([]);
      start = t.sentMs;
    }
    out[out.length - 1]!.push(t.name);
  }
  return out;
}
const rounds = (timings: readonly { name: string; sentMs: number }[], rttMs: number) =>
  roundsOf(timings, rttMs).length;

describe('clients-browser: distance and round trips', () => {
  it('fibre: 0.5 ms per 100 km one way, 1 ms per 100 km of round trip', () => {
    expect(100 / FIBRE_KM_PER_MS).toBeCloseTo(0.5, 9);
    expect((2 * 100) / FIBRE_KM_PER_MS).toBeCloseTo(1, 9);
  });

  it('Europe ↔ Australia (about 16,000 km in a straight line) has at least 160 ms of round trip', () => {
    // Real cable routes are longer than the great circle, hence "about 250 ms" in practice.
    expect((2 * 16_000) / FIBRE_KM_PER_MS).toBeCloseTo(160, 9);
    expect((2 * 16_000) / FIBRE_KM_PER_MS).toBeLessThan(250);
  });

  it('500 KB over 10 Mbit/s takes 0.4 s', () => {
    expect((500_000 * 8) / 10_000_000).toBeCloseTo(0.4, 9);
  });
});

describe('clients-browser: the worked example', () => {
  const page = flatPage(
    30 * KB,
    Array.from({ length: 14 }, () => 20 * KB),
  );
  const link = { rttMs: 120, bandwidthMbps: 10, connections: 6 };
  const roundTrips = 2 + 1 + Math.ceil(14 / 6);
  const transferMs = ((30 + 14 * 20) * KB * 8) / (10 * 1000);

  it('6 round trips (720 ms) + 248 ms of transfer ≈ 970 ms', () => {
    expect(roundTrips).toBe(6);
    expect(roundTrips * 120).toBe(720);
    expect(transferMs).toBeCloseTo(248, 9);
    expect(roundTrips * 120 + transferMs).toBeCloseTo(968, 9);
  });

  it('fourteen files over 6 connections go out in three rounds (6 + 6 + 2)', () => {
    const instant = loadPage(page, { ...link, bandwidthMbps: 1e9 });
    expect(roundsOf(instant.timings, link.rttMs).map((r) => r.length)).toEqual([6, 6, 2]);
  });

  it('the simulated load is faster than the estimate, by about a fifth', () => {
    const simulated = loadPage(page, link).loadMs;
    const estimate = roundTrips * 120 + transferMs;
    expect(simulated).toBeLessThan(estimate);
    const over = estimate / simulated - 1;
    expect(over).toBeGreaterThan(0.12);
    expect(over).toBeLessThan(0.28);
  });
});

describe('clients-browser/page-load: the things to try', () => {
  const sim: AnySimulation = pageLoad;
  const defaults = { page: 'shop', rttMs: 100, bandwidthMbps: 20, connections: 6, serverMs: 50 };
  const load = (over: Partial<typeof defaults>) =>
    loadPage(
      shopFiles,
      {
        rttMs: over.rttMs ?? defaults.rttMs,
        bandwidthMbps: over.bandwidthMbps ?? defaults.bandwidthMbps,
        connections: over.connections ?? defaults.connections,
      },
      defaults.serverMs,
    );

  it('the shop as written needs three rounds after the HTML, the last two found inside other files', () => {
    const r = roundsOf(load({}).timings, 100);
    expect(r.length).toBe(3);
    expect(r[0]!.length).toBe(6);
    // The second round: the last two images, the font (named in theme.css) and main.js's imports.
    expect([...r[1]!].sort()).toEqual(
      ['brand.woff2', 'cart.js', 'product-1.jpg', 'product-2.jpg', 'search.js'].sort(),
    );
    expect([...r[2]!].sort()).toEqual(['debounce.js', 'money.js']);
  });

  it('bandwidth: below 10 Mbit/s the page slows fast, above 20 it barely speeds up', () => {
    const at = (mbps: number) => load({ bandwidthMbps: mbps }).loadMs;
    expect(at(5) - at(10)).toBeGreaterThan(3 * (at(20) - at(100)));
    expect(at(20) - at(100)).toBeLessThan(0.15 * at(20));
  });

  it('load time grows in step with the round-trip time (a straight line)', () => {
    const at = (rtt: number) => load({ rttMs: rtt }).loadMs;
    const slope1 = (at(200) - at(100)) / 100;
    const slope2 = (at(300) - at(200)) / 100;
    expect(Math.abs(slope1 - slope2)).toBeLessThan(0.2);
    expect(at(300)).toBeGreaterThan(2 * at(100));
  });

  it('the bundled and inlined shop: same bytes, 7 requests instead of 14, faster, most at long RTT', () => {
    const shop = runSimulation(sim, defaults, 1);
    const opt = runSimulation(sim, { ...defaults, page: 'optimised' }, 1);
    expect(opt.series[0]!.lines.length).toBe(7);
    expect(shop.series[0]!.lines.length).toBe(14);
    const byRtt = shop.series.find((s) => s.title.startsWith('Load time against round-trip'))!;
    const [written, optimised] = byRtt.lines;
    const gain = (i: number) => written!.points[i]![1] - optimised!.points[i]![1];
    expect(gain(0)).toBeGreaterThan(0);
    expect(gain(written!.points.length - 1)).toBeGreaterThan(gain(0));
  });

  it('one connection: every request waits for the previous one; twelve: fewer rounds, same chains', () => {
    const one = load({ connections: 1 });
    for (let i = 1; i < one.timings.length; i++)
      expect(one.timings[i]!.sentMs).toBeGreaterThanOrEqual(one.timings[i - 1]!.doneMs);
    const six = load({ connections: 6 });
    const twelve = load({ connections: 12 });
    expect(twelve.loadMs).toBeLessThan(six.loadMs);
    // The chain main.js → cart.js → money.js still costs three rounds after the HTML.
    expect(rounds(twelve.timings, 100)).toBe(3);
  });

  it('a 1 Mbit/s link needs about 2.5 s for the shop’s bytes alone', () => {
    const bytes = shopFiles.reduce((s, f) => s + f.bytes, 0);
    expect((bytes * 8) / 1_000_000).toBeGreaterThan(2.4);
    expect((bytes * 8) / 1_000_000).toBeLessThan(2.6);
  });
});
