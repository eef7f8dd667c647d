import {
  checkBackupPlan,
  ConfigError,
  defineChecks,
  expectTrue,
  fail,
  baseBackupHours,
  archiveIntervalS,
  type BackupPlan,
  type ReplicationResult,
} from 'archlab';
import {
  brokenFoundAfterDays,
  CRASH,
  crashRun,
  mistakeRecovery,
  monthlyCost,
  replicaOutageRun,
  SIZING,
  TARGETS,
  type DataSafetyPlan,
} from '../../model/plan.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Three seeds: one lucky crash (a quiet moment with nothing in flight) cannot pass. */
const SEEDS = [1, 2, 3] as const;

function plan(learner: Learner): DataSafetyPlan {
  const r = learner.replication as Partial<DataSafetyPlan> | undefined;
  if (typeof r !== 'object' || r === null) fail('replication must be an object');
  if (typeof r.replicas !== 'number')
    fail(`replication.replicas must be a number of replicas (0–3), got ${String(r.replicas)}`);
  return {
    replicas: r.replicas,
    mode: r.mode ?? 'async',
    ...(r.syncCount !== undefined ? { syncCount: r.syncCount } : {}),
    backup: learner.backup,
  };
}

function backupOf(learner: Learner): BackupPlan {
  try {
    return checkBackupPlan(learner.backup, 'backup');
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

/** Runs are cached per learner module: several checks read the same crash. */
const crashes = new WeakMap<Learner, ReplicationResult[]>();
const outages = new WeakMap<Learner, ReplicationResult[]>();
function runs(
  cache: WeakMap<Learner, ReplicationResult[]>,
  learner: Learner,
  run: (p: DataSafetyPlan, seed: number) => ReplicationResult,
): ReplicationResult[] {
  let r = cache.get(learner);
  if (!r) {
    const p = plan(learner);
    try {
      r = SEEDS.map((s) => run(p, s));
    } catch (err) {
      if (err instanceof ConfigError) fail(err.message);
      throw err;
    }
    cache.set(learner, r);
  }
  return r;
}

const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const min1 = (m: number) => `${m.toFixed(1)} min`;
const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;

/** With no replica, a crash is recovered from backups: the restore decides loss and time. */
function restoreAfterCrash(learner: Learner) {
  const b = backupOf(learner);
  // The worst moment within a day, two weeks in: the same scan as the mistake.
  const r = mistakeRecovery(plan(learner));
  return { b, r };
}

export default defineChecks<Learner>({
  exports: ['replication', 'backup'],
  checks: [
    {
      name: 'A crashed primary loses no acknowledged write',
      run: (learner) => {
        const p = plan(learner);
        if (p.replicas === 0) {
          const { b, r } = restoreAfterCrash(learner);
          const atRisk = b.walArchiving
            ? `everything written since the last archived WAL segment (up to ${archiveIntervalS(b, SIZING).toFixed(0)} s of writes)`
            : `everything written since the last finished base backup (up to ${min1(r.dataLossMinutes)})`;
          fail(
            `With no replica, a crashed primary (and its disk) leaves only the backups: ${atRisk} is lost, at 100 writes per second. Only a copy kept up to date as each write commits can lose nothing`,
          );
        }
        const lost = runs(crashes, learner, crashRun).map((r) => r.summary.writesLost);
        const worst = Math.max(...lost);
        expectTrue(
          worst === 0,
          `The primary crashed at ${s1(CRASH.atMs)} in ${SEEDS.length} runs; the promoted replica was missing ${lost.join(', ')} writes that users had already been told were saved. ${p.mode === 'async' ? 'With asynchronous replication a commit is acknowledged before any replica has it: whatever was still on its way is lost in a failover' : 'Check which replicas confirm each commit'}`,
        );
        return `no acknowledged write lost in ${SEEDS.length} crashes (${p.mode}, ${p.replicas} replica${p.replicas === 1 ? '' : 's'})`;
      },
    },
    {
      name: 'Writes are accepted again within 60 s of the crash',
      run: (learner) => {
        const p = plan(learner);
        if (p.replicas === 0) {
          const { r } = restoreAfterCrash(learner);
          fail(
            `With no replica to promote, the database comes back only after a restore: a machine, copying 500 GB back and replaying the WAL takes up to ${min1(r.recoveryMinutes)}, against a target of ${TARGETS.crashRecoveryS} s`,
          );
        }
        const rs = runs(crashes, learner, crashRun);
        for (const r of rs) {
          const resumed = r.summary.writesResumedAtMs;
          if (resumed === null) {
            const left = p.replicas - 1;
            fail(
              `The primary crashed at ${s1(CRASH.atMs)}; a replica was promoted but no write was acknowledged again before the run ended at ${s1(r.config.durationMs)}. ${p.mode === 'sync' ? `Every commit waits for ${p.syncCount ?? 1} synchronous replica${(p.syncCount ?? 1) === 1 ? '' : 's'}, and after the promotion only ${left} replica${left === 1 ? ' is' : 's are'} left to confirm: a synchronous setup needs at least one replica more than it waits for` : ''}`,
            );
          }
          const down = resumed - CRASH.atMs;
          expectTrue(
            down <= TARGETS.crashRecoveryS * 1000,
            `Writes came back ${s1(down)} after the crash; the target is ${TARGETS.crashRecoveryS} s`,
          );
        }
        const worst = Math.max(...rs.map((r) => r.summary.writesResumedAtMs! - CRASH.atMs));
        return `writes acknowledged again ${s1(worst)} after the crash at worst (detection ${s1(CRASH.detectMs)} + promotion ${s1(CRASH.promoteMs)})`;
      },
    },
    {
      name: 'Writes keep being acknowledged while a replica is down',
      run: (learner, { chart }) => {
        const p = plan(learner);
        if (p.replicas === 0)
          return 'no replica, so no replica can hold writes up (but see the crash checks)';
        const rs = runs(outages, learner, replicaOutageRun);
        const r0 = rs[0]!;
        chart({
          title: 'Writes acknowledged per second (replica-1 dies at 5 s)',
          xLabel: 'simulated time (s)',
          yLabel: 'writes acknowledged',
          kind: 'line',
          lines: [
            {
              label: 'your plan',
              points: r0.series.t.map((t, i) => [t / 1000, r0.series.writesAcked[i]!] as const),
            },
          ],
        });
        for (const r of rs) {
          // From 1 s after the outage to 1 s before the end, every second must see writes through.
          const from = 6;
          const to = r.series.t.length - 1;
          for (let i = from; i < to; i++) {
            const acked = r.series.writesAcked[i]!;
            if (acked < 50) {
              fail(
                `Replica-1 died at 5 s; in the second from ${i} s to ${i + 1} s only ${acked} writes were acknowledged (about 100 arrive each second). ${p.mode === 'sync' ? `Each commit waits for ${p.syncCount ?? 1} of the ${p.replicas} replicas: with one down, only ${p.replicas - 1} ${p.replicas - 1 === 1 ? 'is' : 'are'} left to confirm, and a synchronous setup needs at least one replica more than it waits for` : ''}`,
              );
            }
          }
        }
        const p95 = Math.max(...rs.map((r) => r.summary.writeP95Ms));
        return `writes kept flowing with replica-1 down (write p95 ${p95.toFixed(0)} ms)`;
      },
    },
    {
      name: 'A table dropped by mistake costs at most 15 minutes of data',
      run: (learner) => {
        const b = backupOf(learner);
        const r = mistakeRecovery(plan(learner));
        expectTrue(
          r.dataLossMinutes <= TARGETS.mistakeLossMinutes,
          `Replicas copy a DROP TABLE within milliseconds, so only backups can bring the table back. At the worst moment your backups recover the data as it was ${min1(r.dataLossMinutes)} before the mistake; the target is ${TARGETS.mistakeLossMinutes} min. ${b.walArchiving ? '' : `Without archived WAL the last base backup is all there is, and base backups come every ${b.baseBackupEveryHours} h and take ${min1((SIZING.dataGb * 1024) / SIZING.backupMbPerSec / 60)} to copy`}`,
        );
        return `at worst ${min1(r.dataLossMinutes)} of data lost`;
      },
    },
    {
      name: 'The dropped table is back within 2 hours',
      run: (learner) => {
        const b = backupOf(learner);
        const r = mistakeRecovery(plan(learner));
        // The worst moment: just before the next base backup finishes.
        const ageH = b.baseBackupEveryHours + baseBackupHours(SIZING);
        expectTrue(
          r.recoveryMinutes <= TARGETS.mistakeRecoveryMinutes,
          `At the worst moment the restore takes ${min1(r.recoveryMinutes)}: ${SIZING.provisionMinutes} min for a machine, ${min1((SIZING.dataGb * 1024) / SIZING.restoreMbPerSec / 60)} to copy 500 GB back${b.walArchiving ? `, and the rest to replay the WAL written since the base backup started (up to about ${ageH.toFixed(1)} h of it at ${SIZING.walGbPerHour} GB/h, replayed at ${SIZING.replayMbPerSec} MB/s)` : ''}. The target is ${TARGETS.mistakeRecoveryMinutes} min`,
        );
        return `restored in ${min1(r.recoveryMinutes)} at worst`;
      },
    },
    {
      name: 'A backup that cannot be restored is found within 7 days, and backups reach back 14 days',
      run: (learner) => {
        const b = backupOf(learner);
        const days = brokenFoundAfterDays(b);
        expectTrue(
          days <= TARGETS.brokenFoundDays,
          Number.isFinite(days)
            ? `A restore drill every ${b.restoreTestEveryDays} days (restoreTestEveryDays counts days): a backup that breaks just after a drill goes unnoticed for ${days.toFixed(1)} days; the target is ${TARGETS.brokenFoundDays} days`
            : 'No restore drill: a backup job that “succeeds” but writes something that cannot be restored goes unnoticed until the day you need it. Only a restore proves a backup',
        );
        expectTrue(
          b.retentionDays >= TARGETS.retentionDays,
          `retentionDays is ${b.retentionDays}: a mistake noticed ${TARGETS.retentionDays} days late would find no backup old enough`,
        );
        return `a broken backup is found within ${days.toFixed(1)} days; backups kept ${b.retentionDays} days`;
      },
    },
    {
      name: 'Costs at most $2,150 a month',
      run: (learner) => {
        backupOf(learner);
        const c = monthlyCost(plan(learner));
        expectTrue(
          c.total <= TARGETS.budgetPerMonth,
          `Your plan costs ${usd(c.total)} a month: machines ${usd(c.machines)}, base backups ${usd(c.baseBackups)}, archived WAL ${usd(c.wal)}, restore drills ${usd(c.drills)}. The budget is ${usd(TARGETS.budgetPerMonth)}: which of these buys more safety than the targets ask for?`,
        );
        return `${usd(c.total)} a month (machines ${usd(c.machines)}, base backups ${usd(c.baseBackups)}, WAL ${usd(c.wal)}, drills ${usd(c.drills)})`;
      },
    },
  ],
});
