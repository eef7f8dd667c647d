/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'async-ack',
    objective: 1,
    section: 'asynchronous-or-synchronous',
    question:
      'With asynchronous replication, the primary has just told a user “saved”. Where is that write for certain?',
    choices: [
      {
        text: 'On the primary’s disk; the replicas may not have it yet',
        correct: true,
        explanation:
          'Yes. An asynchronous commit waits only for the primary’s own disk. The log reaches the replicas a little later, so if the primary dies in between, the write is lost even though the user was told it was saved.',
      },
      {
        text: 'On the primary and on at least one replica’s disk',
        explanation:
          'That is synchronous replication (PostgreSQL’s synchronous_commit = on with a synchronous standby). Asynchronous replication does not wait for any replica.',
      },
      {
        text: 'On every replica, but not yet visible to their queries',
        explanation:
          'Received but not applied describes a replica in synchronous mode between flush and apply. An asynchronous primary has no idea yet whether any replica received the write.',
      },
      {
        text: 'Only in the primary’s memory, until its next checkpoint',
        explanation:
          'A commit is flushed to the primary’s write-ahead log before it is acknowledged (with the default synchronous_commit); the checkpoint only writes data files. Replication does not change that.',
      },
    ],
  },
  {
    id: 'lost-writes-estimate',
    kind: 'number',
    objective: 1,
    section: 'asynchronous-or-synchronous',
    question:
      'A primary takes 200 writes a second and replicates asynchronously. When it dies, the most up-to-date replica has received its log only up to 250 ms before the crash. About how many acknowledged writes does the failover lose?',
    answer: 50,
    tolerance: 5,
    unit: 'writes',
    solution:
      'Lost ≈ write rate × lag of the promoted replica = 200 writes/s × 0.25 s = 50 writes: everything acknowledged in the last 250 ms, which the replica had not received. (What counts is what the replica received, not what it had applied: it replays all it received before it is promoted.)',
    misconceptions: [
      {
        answer: 0,
        explanation:
          'That would be synchronous replication. Asynchronously, the writes acknowledged during the last 250 ms were on the primary only.',
      },
      {
        answer: 50000,
        explanation:
          'Check the units: 250 ms is a quarter of a second, not 250 seconds. 200 × 0.25 = 50.',
      },
    ],
  },
  {
    id: 'predict-sync',
    kind: 'predict',
    objective: 1,
    section: 'what-a-failover-costs',
    simulation: 'keeping-data-safe/failover',
    setup:
      'Start from the defaults (asynchronous, two replicas, replication delay 200 ms). Before running, switch Replication to “Synchronous: wait for one replica”.',
    question: 'What happens to the lost writes and to the write latency p95?',
    choices: [
      {
        text: 'No acknowledged write is lost, and p95 grows to over half a second',
        correct: true,
        explanation:
          'Yes. Each commit now waits until a replica 200 ms away has it, so nothing acknowledged is missing from the replica that is promoted, and every write pays for that wait.',
      },
      {
        text: 'No acknowledged write is lost, and p95 stays about the same',
        explanation:
          'Waiting for a replica is not free: its network and disk delay are added to every commit. With a replica 200 ms behind, that is hundreds of milliseconds per write.',
      },
      {
        text: 'About as many writes are lost, but fewer writes are refused',
        explanation:
          'Synchronous replication changes what is lost, not how long the failover takes: writes are refused until a replica is promoted, about 13 s either way.',
      },
      {
        text: 'Fewer writes are lost, and writes come back sooner after the crash',
        explanation:
          'Writes come back after detection plus promotion in both modes. What changes is that no acknowledged write is lost at all, and that every write is slower.',
      },
    ],
  },
  {
    id: 'read-your-writes-router',
    objective: 2,
    section: 'replica-lag-and-reading-your-own-writes',
    question:
      'Reads go to two replicas about 30 ms behind a primary that takes writes all the time. Users complain that right after saving their profile, the page shows the old one. Which fix keeps most reads on the replicas and always shows users their own changes?',
    choices: [
      {
        text: 'Read from whichever replica has the smallest lag at that moment',
        explanation:
          'That takes “least behind” for “up to date”. The freshest replica is still milliseconds behind, and the page after a save comes milliseconds after the write. Lag says how far behind the replica is, not whether it has this user’s write.',
      },
      {
        text: 'Read from a replica that has applied that user’s last write',
        correct: true,
        explanation:
          'Yes. Remember each user’s last write position (pg_current_wal_lsn() after the commit) and compare it with each replica’s applied position. Only reads of users whose write no replica has applied yet go to the primary, a small share, and no user ever reads from a replica behind their own write.',
      },
      {
        text: 'Use a replica only when it has applied every write the primary has',
        explanation:
          'That guards the whole database when only this user’s write matters. It is correct but wasteful: with writes arriving all the time, a replica is almost never fully caught up, so nearly every read ends up on the primary.',
      },
      {
        text: 'Send users to the primary for 100 ms after a write, three times the lag',
        explanation:
          'That assumes the lag stays at its usual 30 ms. It works only while no replica falls more than 100 ms behind; a long query or a busy disk can hold a replica back for seconds, and then users see old data again.',
      },
    ],
  },
  {
    id: 'sync-needs-a-spare',
    objective: 3,
    section: 'asynchronous-or-synchronous',
    question:
      'A PostgreSQL primary has one replica, and synchronous_standby_names names it, so every commit waits for it. The replica’s machine dies. What do users see?',
    choices: [
      {
        text: 'Writes go on asynchronously until the replica is back',
        explanation:
          'That is MySQL’s semisynchronous replication after its timeout. PostgreSQL keeps waiting: a commit that needs a synchronous standby’s confirmation does not complete without one.',
      },
      {
        text: 'Reads and writes both fail until the replica is back',
        explanation:
          'The primary is still up and answers reads. Only commits wait, because they need a confirmation no one can give.',
      },
      {
        text: 'Commits hang until a standby confirms; reads still work',
        correct: true,
        explanation:
          'Yes. They hang until the replica is back, or until someone removes it from synchronous_standby_names and so gives up the guarantee. To lose a replica without stopping writes, wait for fewer replicas than you have: for example ANY 1 of two.',
      },
      {
        text: 'Commits fail at once with an error, and the app can retry them',
        explanation:
          'PostgreSQL does not give up on this wait: the commit is already recorded on the primary, and the session waits for a confirmation. Even cancelling the wait only warns that the transaction committed locally but might not have been replicated; no error invites the app to retry.',
      },
    ],
  },
  {
    id: 'failover-downtime',
    kind: 'number',
    objective: 3,
    section: 'what-a-failover-costs',
    question:
      'Health checks probe the primary every 5 s and declare it dead after 3 failures in a row (each failed probe returns at once). Promoting a replica and pointing clients at it then takes 10 s. If the primary dies just after a successful probe, for how many seconds are writes refused?',
    answer: 25,
    tolerance: 2,
    unit: 's',
    solution:
      'Time without writes ≈ detection + promotion. Detection: 3 probes × 5 s = 15 s after a successful probe. Promotion: 10 s. Total 15 + 10 = 25 s.',
    misconceptions: [
      {
        answer: 15,
        explanation:
          'That is detection alone. No write succeeds until the promotion is done too: add its 10 s.',
      },
      {
        answer: 10,
        explanation:
          'That is the promotion alone. First someone must notice the primary is gone: 3 failed probes, 5 s apart.',
      },
    ],
  },
  {
    id: 'restore-time',
    kind: 'number',
    objective: 4,
    section: 'backups-rpo-and-rto',
    question:
      'Restoring a 300 GB database: 10 minutes to get a machine, the base backup copied back at 150 MB/s, then 6 GB of archived log replayed at 20 MB/s. About how many minutes until the data is back (1 GB = 1024 MB)?',
    answer: 49.3,
    tolerance: 1.5,
    unit: 'min',
    solution:
      'Machine 10 min + copy 300 × 1024 MB ÷ 150 MB/s = 2048 s ≈ 34.1 min + replay 6 × 1024 MB ÷ 20 MB/s = 307 s ≈ 5.1 min. Total ≈ 49.3 min (whole minutes per step give 49; counting 1 GB as 1000 MB gives 48.3, also accepted).',
    misconceptions: [
      {
        answer: 34.1,
        explanation:
          'That is the copy alone. A restore also needs a machine to restore onto, and the log written since the base backup must be replayed.',
      },
      {
        answer: 44.1,
        explanation: 'That leaves out the replay of the 6 GB of log: about 5 more minutes.',
      },
      {
        answer: 39.3,
        explanation:
          'That leaves out getting a machine to restore onto: 10 more minutes before the copy can start.',
      },
    ],
  },
  {
    id: 'dropped-table',
    objective: 5,
    section: 'replicas-are-not-backups',
    question:
      'A developer runs DROP TABLE orders on production by mistake. The database has two synchronous replicas, nightly base backups and continuous WAL archiving. What gets the orders back with the least data lost?',
    choices: [
      {
        text: 'Promote one of the synchronous replicas: it holds every write',
        explanation:
          'It holds every write, including the DROP TABLE: a replica applies the mistake within milliseconds. Replicas protect against losing a machine, not against losing data to a mistake.',
      },
      {
        text: 'Restore last night’s base backup, which holds every order until then',
        explanation:
          'That loses every order since the backup was taken, up to a day. With archived WAL you can do much better.',
      },
      {
        text: 'Restore a base backup elsewhere, replay WAL to just before the drop',
        correct: true,
        explanation:
          'Yes: point-in-time recovery. The base backup plus the archived log bring the data back as it was a moment before the mistake. Restore it on a separate machine and copy the orders table back: rolling production itself back would also discard every other write made since the drop.',
      },
      {
        text: 'Read the table back from a replica before it applies the drop',
        explanation:
          'These replicas are synchronous: the drop reached them before the developer’s prompt came back, and they apply it within moments. (A replica deliberately kept behind, with recovery_min_apply_delay, can help here, but these are not delayed.)',
      },
    ],
  },
  {
    id: 'never-restored',
    objective: 5,
    section: 'a-backup-that-was-never-restored-is-not-a-backup',
    question:
      'The nightly backup job has reported success every night for a year. Nobody has ever restored one of its backups. What do you know about your recovery point and recovery time?',
    choices: [
      {
        text: 'RPO one day, RTO the time it takes to copy the data back',
        explanation:
          'That reads the plan’s promise as a measured result. Those are what the plan promises if every backup works. A job can “succeed” and still write something that cannot be restored, and the copy is only part of a restore.',
      },
      {
        text: 'RPO one day; the RTO is unknown until someone has restored',
        explanation:
          'That trusts the job’s “success” for the data while doubting it for the time. Even the RPO is a guess: if the backups silently broke a month ago, the last good one is a month old.',
      },
      {
        text: 'Neither is known until a restore has worked and been timed',
        correct: true,
        explanation:
          'Yes. Backup jobs can fail silently, so until a restore has worked, neither the data in the backups nor the time to bring it back is known. A scheduled restore drill turns both into measured numbers.',
      },
      {
        text: 'Both are fine: a year of successful jobs shows the process works',
        explanation:
          'That takes a job that ran for a backup that restores. The job reports that it ran, not that its output can be restored. Expired credentials, missing files or a lost key are found only by restoring.',
      },
    ],
  },
];

export default quiz;
