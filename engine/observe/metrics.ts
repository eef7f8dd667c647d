import { LogHistogram } from './histogram.ts';

/** A value that only goes up (requests served, bytes sent). */
export class Counter {
  /** Current total. */
  value = 0;
  /** Add `n` (default 1); negative amounts are ignored, as in Prometheus. */
  inc(n = 1): void {
    if (n > 0) this.value += n;
  }
}

/** A value that goes up and down (queue length, memory in use). */
export class Gauge {
  /** Current value. */
  value = 0;
  /** Set the value. */
  set(v: number): void {
    this.value = v;
  }
  /** Add `n` (may be negative). */
  add(n: number): void {
    this.value += n;
  }
}

/** A distribution of observations (latencies), with DDSketch quantiles (relative error ≤ 1%). */
export class Histogram {
  /** The underlying sketch. */
  readonly sketch = new LogHistogram();
  /** Record one observation. */
  observe(v: number): void {
    this.sketch.record(v);
  }
  /** Estimate the q-quantile (0..1). */
  quantile(q: number): number {
    return this.sketch.quantile(q);
  }
  /** Observations so far. */
  get count(): number {
    return this.sketch.count;
  }
  /** Mean observation. */
  get mean(): number {
    return this.sketch.mean();
  }
}

/** One scraped sample set: metric name → value at `tMs`. */
export interface Scrape {
  tMs: number;
  values: Record<string, number>;
}

/**
 * A small metrics registry: create counters, gauges and histograms by name, then `scrape(now)`
 * at an interval to get a time series (histograms scrape as p50/p95/p99 and count).
 */
export class MetricsRegistry {
  private readonly counters = new Map<string, Counter>();
  private readonly gauges = new Map<string, Gauge>();
  private readonly histograms = new Map<string, Histogram>();
  /** Every scrape so far, oldest first. */
  readonly scrapes: Scrape[] = [];

  /** The counter called `name` (created on first use). */
  counter(name: string): Counter {
    let c = this.counters.get(name);
    if (!c) this.counters.set(name, (c = new Counter()));
    return c;
  }

  /** The gauge called `name` (created on first use). */
  gauge(name: string): Gauge {
    let g = this.gauges.get(name);
    if (!g) this.gauges.set(name, (g = new Gauge()));
    return g;
  }

  /** The histogram called `name` (created on first use). */
  histogram(name: string): Histogram {
    let h = this.histograms.get(name);
    if (!h) this.histograms.set(name, (h = new Histogram()));
    return h;
  }

  /** Read every metric now and append the sample set to `scrapes`. */
  scrape(tMs: number): Scrape {
    const values: Record<string, number> = {};
    for (const [n, c] of this.counters) values[n] = c.value;
    for (const [n, g] of this.gauges) values[n] = g.value;
    for (const [n, h] of this.histograms) {
      values[`${n}_count`] = h.count;
      values[`${n}_p50`] = h.quantile(0.5);
      values[`${n}_p95`] = h.quantile(0.95);
      values[`${n}_p99`] = h.quantile(0.99);
    }
    const s = { tMs, values };
    this.scrapes.push(s);
    return s;
  }
}
