import {
  ConfigError,
  defineChecks,
  expectTrue,
  fail,
  type ReadRouter,
  type ReplicationResult,
} from 'archlab';
import {
  PRIMARY_BUSY_LIMIT,
  ROUTING_CASES,
  ROUTING_SEEDS,
  routingRun,
  type RoutingCase,
} from '../../model/routing.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

interface Run {
  c: RoutingCase;
  seed: number;
  r: ReplicationResult;
}

function router(learner: Learner): ReadRouter {
  const r = learner.router as Partial<ReadRouter> | undefined;
  if (typeof r !== 'object' || r === null) fail('router must be an object with routeRead');
  if (typeof r.routeRead !== 'function') fail('router.routeRead must be a function');
  return r as ReadRouter;
}

/**
 * A choice that is a place in `cluster.replicas` rather than a replica's `index`: the two agree
 * until a replica is down and the list closes up.
 */
function positionHint(last: { choice: unknown; up: number[] } | undefined): string {
  if (!last || typeof last.choice !== 'number') return '';
  const i = last.choice;
  if (!Number.isInteger(i) || i < 0 || i >= last.up.length || last.up[i] === i) return '';
  return (
    `. cluster.replicas lists only the replicas that are up (indexes ${last.up.join(', ')}), so ` +
    `place ${i} in that list is the replica with index ${last.up[i]}: return ` +
    `cluster.replicas[i].index, not i`
  );
}

/** Every case and seed, once per learner module (the checks share the runs). */
const cache = new WeakMap<Learner, Run[]>();
function runs(learner: Learner): Run[] {
  let out = cache.get(learner);
  if (!out) {
    const rt = router(learner);
    // The last choice and the replicas that were up then, to explain a refused choice.
    let last: { choice: unknown; up: number[] } | undefined;
    const watched: ReadRouter = {
      ...(rt.afterWrite ? { afterWrite: (w, st) => rt.afterWrite!(w, st) } : {}),
      routeRead: (read, cluster, st) => {
        const choice = rt.routeRead(read, cluster, st);
        last = { choice, up: cluster.replicas.map((x) => x.index) };
        return choice;
      },
    };
    out = [];
    for (const c of ROUTING_CASES)
      for (const seed of ROUTING_SEEDS) {
        try {
          out.push({ c, seed, r: routingRun(c, watched, seed) });
        } catch (err) {
          if (err instanceof ConfigError)
            fail(`In ${c.story} (seed ${seed}): ${err.message}${positionHint(last)}`);
          throw err;
        }
      }
    cache.set(learner, out);
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export default defineChecks<Learner>({
  exports: ['router'],
  checks: [
    {
      name: 'Every read shows the reader their own earlier writes',
      run: (learner, { chart }) => {
        const all = runs(learner);
        const stall = all.find((x) => x.c.name === 'stall')!.r;
        chart({
          title: 'Reads that missed their user’s own write, per second (replica-1 stalls 3–7 s)',
          xLabel: 'simulated time (s)',
          yLabel: 'stale reads',
          kind: 'line',
          lines: [
            {
              label: 'your router',
              points: stall.series.t.map(
                (t, i) => [t / 1000, stall.series.staleReads[i]!] as const,
              ),
            },
          ],
        });
        const bad = all.filter((x) => x.r.summary.staleReads > 0);
        if (bad.length > 0) {
          const { c, seed, r } = bad[0]!;
          const s = r.firstStaleRead!;
          const where =
            s.node === 'primary'
              ? 'the primary'
              : `${s.node}, which had applied up to position ${s.visiblePosition}`;
          fail(
            `In ${c.story} (seed ${seed}), ${r.summary.staleReads} of ${r.summary.reads} reads did not show their user a write already acknowledged to them. The first: at ${(s.tMs / 1000).toFixed(2)} s user ${s.userId}, whose last write was position ${s.ownPosition}, read from ${where}${s.afterOwnWrite ? ' (the page right after the write)' : ' (a later page, not the one right after the write)'}. ${bad.length} of ${all.length} runs had such reads. A replica shows a write only once it has applied it, and how far behind it is changes from moment to moment`,
          );
        }
        const reads = all.reduce((a, x) => a + x.r.summary.reads, 0);
        return `${reads} reads in ${all.length} runs (steady, a stalled replica, a replica down): every one showed its user their own writes`;
      },
    },
    {
      name: 'The primary stays at most 50 % busy',
      run: (learner) => {
        const all = runs(learner);
        const worst = all.reduce((a, x) =>
          x.r.summary.primaryUtilisation > a.r.summary.primaryUtilisation ? x : a,
        );
        const s = worst.r.summary;
        expectTrue(
          s.primaryUtilisation <= PRIMARY_BUSY_LIMIT,
          `In ${worst.c.story} (seed ${worst.seed}) the primary was ${pct(s.primaryUtilisation)} busy: ${pct(s.readsOnPrimary / Math.max(1, s.reads))} of the reads went to it, on top of every write. The limit is ${pct(PRIMARY_BUSY_LIMIT)}. A replica that has not applied every write yet can still show a user their own writes: send to the primary only the reads that need it`,
        );
        return `the primary was at most ${pct(s.primaryUtilisation)} busy (${pct(s.readsOnPrimary / Math.max(1, s.reads))} of reads on it)`;
      },
    },
    {
      name: 'Gives the same result when the same day runs twice (state kept in state)',
      run: (learner) => {
        const first = runs(learner)[0]!;
        const again = routingRun(first.c, router(learner), first.seed).summary;
        const a = first.r.summary;
        expectTrue(
          a.readsOnPrimary === again.readsOnPrimary && a.staleReads === again.staleReads,
          `The same day with the same seed, run again: ${a.readsOnPrimary} then ${again.readsOnPrimary} reads on the primary, ${a.staleReads} then ${again.staleReads} stale reads. Something outlived the first run, such as a variable outside routeRead: keep what you remember in state.vars (a fresh one per run), as an app would keep it in the user's session`,
        );
        return 'same routing on a second run of the same day';
      },
    },
  ],
});
