import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';
import { loadPage, type PageRequest } from '../../model/pageLoad.ts';
import { shopFiles } from '../../model/shopPage.ts';

type Learner = typeof Solution;
type Planned = Solution.PlannedRequest;

/** A phone far from the server: 200 ms round trips, 20 Mbit/s, 6 connections. */
const PHONE = { rttMs: 200, bandwidthMbps: 20, connections: 6 };
const SERVER_MS = 50;
const TARGET_MS = 1000;

const fileByName = new Map(shopFiles.map((f) => [f.name, f]));

/** The learner's plan, checked against the rules; returns it as a page the browser loads. */
function planned(learner: Learner): { plan: Planned[]; page: PageRequest[] } {
  const raw: unknown = learner.plan(shopFiles.map((f) => ({ ...f })));
  if (!Array.isArray(raw)) fail(`plan() must return an array of requests, got ${describe(raw)}`);
  const plan = raw as Planned[];
  const names = new Set<string>();
  const seen = new Map<string, string>();
  for (const r of plan) {
    if (typeof r?.name !== 'string' || !Array.isArray(r.files) || r.files.length === 0)
      fail(`every request needs a name and at least one file, got ${describe(r)}`);
    if (names.has(r.name)) fail(`two requests are named "${r.name}"`);
    names.add(r.name);
    for (const f of r.files) {
      const file = fileByName.get(f);
      if (!file) fail(`request "${r.name}" contains "${f}", which is not a file of the site`);
      if (seen.has(f)) fail(`"${f}" is delivered twice: in "${seen.get(f)}" and in "${r.name}"`);
      seen.set(f, r.name);
      const inlined = r.kind === 'html' && (file.kind === 'css' || file.kind === 'js');
      if (file.kind !== r.kind && !inlined)
        fail(
          `"${r.name}" (${r.kind}) contains ${f} (${file.kind}); only CSS and JS can be inlined into the HTML`,
        );
    }
    if ((r.kind === 'font' || r.kind === 'image') && r.files.length > 1)
      fail(
        `"${r.name}" bundles ${r.files.length} ${r.kind}s; fonts and images stay one per request`,
      );
  }
  const missing = shopFiles.filter((f) => !seen.has(f.name)).map((f) => f.name);
  if (missing.length > 0) fail(`the page would be missing ${missing.join(', ')}`);
  const roots = plan.filter((r) => r.parent === null);
  if (
    roots.length !== 1 ||
    roots[0]!.name !== 'index.html' ||
    !roots[0]!.files.includes('index.html')
  )
    fail('exactly one request, named "index.html", must have parent null and contain index.html');
  const byName = new Map(plan.map((r) => [r.name, r]));
  // A parent may be named by the file that refers (theme.css) rather than by the request that
  // carries it (index.html, once theme.css is inlined): the browser finds the reference either way.
  const plan2 = plan.map((r) => {
    if (r.parent === null || byName.has(r.parent)) return r;
    const carrier = seen.get(r.parent);
    return carrier === undefined ? r : { ...r, parent: carrier };
  });
  for (const r of plan2) {
    if (r.parent === null) continue;
    const parent = byName.get(r.parent);
    if (!parent)
      fail(
        `"${r.name}" is referred to by "${r.parent}", which is neither a request nor a file ` +
          `inside one`,
      );
    // The HTML may refer to (or preload) anything; otherwise the parent must hold what really
    // refers to one of this request's files.
    const ok =
      r.parent === 'index.html' ||
      r.files.some((f) => {
        const p = fileByName.get(f)!.parent;
        return p !== null && parent.files.includes(p);
      });
    if (!ok)
      fail(
        `"${r.parent}" cannot refer to "${r.name}": none of its files mentions ${r.files.join(', ')}`,
      );
  }
  const page: PageRequest[] = plan2.map((r) => ({
    name: r.name,
    kind: r.kind,
    bytes: r.files.reduce((sum, f) => sum + fileByName.get(f)!.bytes, 0),
    parent: r.parent,
  }));
  return { plan: plan2, page };
}

/** Requests sent after the HTML, grouped into rounds: a round starts half an RTT after the last. */
function roundsAfterHtml(timings: readonly { name: string; sentMs: number }[]): string[][] {
  const rounds: string[][] = [];
  let roundStart = -Infinity;
  for (const t of timings.slice(1)) {
    if (t.sentMs - roundStart > PHONE.rttMs / 2) {
      rounds.push([]);
      roundStart = t.sentMs;
    }
    rounds[rounds.length - 1]!.push(t.name);
  }
  return rounds;
}

/** How many references lie between the HTML and this request (1 for a file the HTML names). */
function depth(plan: readonly Planned[], r: Planned): number {
  let d = 0;
  for (let p = r.parent; p !== null; d++) p = plan.find((q) => q.name === p)?.parent ?? null;
  return d;
}

export default defineChecks<Learner>({
  exports: ['plan'],
  checks: [
    {
      name: 'Every file is delivered exactly once, and every request can be discovered',
      run: (learner) => {
        const { plan } = planned(learner);
        return `${plan.length} requests carry all ${shopFiles.length} files`;
      },
    },
    {
      name: `On a phone (RTT 200 ms, 20 Mbit/s) the page loads in under ${TARGET_MS / 1000} s`,
      run: (learner, { chart }) => {
        const { plan, page } = planned(learner);
        const before = loadPage(shopFiles, PHONE, SERVER_MS);
        const after = loadPage(page, PHONE, SERVER_MS);
        chart({
          title: 'Load time on a phone',
          xLabel: 'page',
          yLabel: 'load time (ms)',
          kind: 'bar',
          categories: ['as written', 'your plan'],
          lines: [
            {
              label: 'load time',
              points: [[0, before.loadMs] as const, [1, after.loadMs] as const],
            },
            { label: 'target', points: [[0, TARGET_MS] as const, [1, TARGET_MS] as const] },
          ],
        });
        const rounds = roundsAfterHtml(after.timings);
        const afterHtml = plan.length - 1;
        const deepest = Math.max(...plan.map((r) => depth(plan, r)));
        const order = rounds.map((names, i) => `round ${i + 1}: ${names.join(', ')}`).join('; ');
        expectTrue(
          after.loadMs <= TARGET_MS,
          `your ${plan.length} requests load in ${after.loadMs.toFixed(0)} ms (as written: ` +
            `${before.loadMs.toFixed(0)} ms; target ${TARGET_MS} ms). After the HTML they go out ` +
            `in ${rounds.length} round${rounds.length === 1 ? '' : 's'} (${order}), each costing ` +
            `at least a ${PHONE.rttMs} ms round trip: ${afterHtml} requests over ` +
            `${PHONE.connections} connections need ${Math.ceil(afterHtml / PHONE.connections)} ` +
            `round${Math.ceil(afterHtml / PHONE.connections) === 1 ? '' : 's'}, and your longest ` +
            `chain of discovery below the HTML is ${deepest} deep.`,
        );
        return `${after.loadMs.toFixed(0)} ms with ${plan.length} requests (as written: ${before.loadMs.toFixed(0)} ms with ${shopFiles.length})`;
      },
    },
  ],
});
