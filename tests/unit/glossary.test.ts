/**
 * The glossary is defined once (lessons/glossary.json) and chapters link to it with <Term>: every
 * entry is valid, every link resolves, and every term is linked from a chapter or says why not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryEntrySchema, type GlossaryEntry } from '../../components/glossary.ts';
import { chapters, LESSONS_ROOT } from '../../course/node.ts';

const raw: unknown = JSON.parse(readFileSync(join(LESSONS_ROOT, 'glossary.json'), 'utf8'));
const chapterIds = chapters().map((c) => c.id);

/** `<Term slug="…">` uses per chapter folder. */
const uses = new Map(
  chapters().map(({ folder, dir }) => {
    const mdx = readFileSync(join(dir, 'index.mdx'), 'utf8');
    return [folder, [...mdx.matchAll(/<Term\b([^>]*)>/g)].map((m) => m[1] ?? '')] as const;
  }),
);

describe('glossary', () => {
  const parsed = glossaryEntrySchema.array().safeParse(raw);
  const entries: GlossaryEntry[] = parsed.success ? parsed.data : [];
  const slugs = new Set(entries.map((e) => e.slug));

  it('every entry is valid, with a unique slug', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(35);
    expect(slugs.size).toBe(entries.length);
  });

  it('holds the terms the course relies on', () => {
    const required = [
      'latency', 'throughput', 'percentile', 'utilisation', 'queue', 'littles-law',
      'vertical-scaling', 'horizontal-scaling', 'load-balancer', 'health-check', 'failover',
      'round-robin', 'power-of-two-choices', 'database', 'replica', 'connection-pool',
      'idempotency', 'retry-backoff', 'circuit-breaker', 'timeout', 'log', 'structured-log',
      'log-shipping', 'metric', 'counter', 'gauge', 'histogram', 'slo', 'sli', 'error-budget',
      'burn-rate', 'alert', 'pending-firing', 'autoscaling', 'cost',
    ]; // prettier-ignore
    expect(required.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it('related terms and chapters resolve', () => {
    const bad = entries.flatMap((e) => [
      ...e.related
        .filter((r) => !slugs.has(r) || r === e.slug)
        .map((r) => `${e.slug} → related ${r}`),
      ...(chapterIds.includes(e.chapter) ? [] : [`${e.slug} → chapter ${e.chapter}`]),
    ]);
    expect(bad).toEqual([]);
  });

  it('every <Term> in the lessons names an existing slug', () => {
    const bad = [...uses].flatMap(([folder, attrs]) =>
      attrs
        .map((a) => /^\s+slug="([^"]+)"\s*$/.exec(a)?.[1])
        .filter((slug) => slug === undefined || !slugs.has(slug))
        .map((slug) => `lessons/${folder}/index.mdx: <Term slug="${slug ?? '?'}">`),
    );
    expect(bad).toEqual([]);
    expect([...uses.values()].every((a) => a.length > 0)).toBe(true);
  });

  it('every term is linked from a chapter, or says why not (and only then)', () => {
    const used = new Set([...uses.values()].flat().map((a) => /slug="([^"]+)"/.exec(a)?.[1] ?? ''));
    const unexplained = entries.filter((e) => !used.has(e.slug) && !e.unlinkedBecause);
    const stale = entries.filter((e) => used.has(e.slug) && e.unlinkedBecause);
    expect(unexplained.map((e) => e.slug)).toEqual([]);
    expect(stale.map((e) => e.slug)).toEqual([]);
  });

  it('rejects markup in a short definition and a non-kebab slug', () => {
    const ok = {
      slug: 'x-y',
      term: 'X y',
      short: 'A plain sentence about x and y.',
      chapter: 'servers',
    };
    expect(glossaryEntrySchema.safeParse(ok).success).toBe(true);
    expect(
      glossaryEntrySchema.safeParse({ ...ok, short: 'Uses **bold** markup here.' }).success,
    ).toBe(false);
    expect(glossaryEntrySchema.safeParse({ ...ok, slug: 'X_Y' }).success).toBe(false);
  });
});
