/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'why-a-database-server',
    objective: 1,
    section: 'a-servers-own-storage-is-not-enough',
    question:
      'Why do applications keep their data in a database on its own machine rather than on the app server’s disk?',
    choices: [
      {
        text: 'So the data outlives the app server and every app server sees the same data',
        correct: true,
        explanation:
          'Right. A replaced machine takes its disk with it, and a second app server cannot see the first one’s disk. A database server keeps the data durable and shared, and the app servers become stateless.',
      },
      {
        text: 'Because a database across the network answers faster than the local disk does',
        explanation:
          'The misconception that moving data away makes it faster. Every query now pays a network round trip; the move buys durability and sharing, not speed.',
      },
      {
        text: 'Because app servers in the cloud come without any disk they could write to',
        explanation:
          'The misconception that the disk is missing. Cloud machines have disks; the problem is that the disk dies or disappears with the machine and is not shared.',
      },
      {
        text: 'Because only a database machine keeps its memory when the power goes off',
        explanation:
          'The misconception that a database’s memory is persistent. Its RAM is as volatile as any; it is durable because it writes every change to disk (and replicas) before confirming it.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'time-in-database',
    objective: 2,
    section: 'every-query-is-a-round-trip',
    question:
      'A page makes 10 queries one after another, each taking 2 ms on the database, which is in another region 80 ms away (round trip). How long does the request spend on its queries, in ms?',
    answer: 820,
    tolerance: 5,
    unit: 'ms',
    solution:
      'time in the database ≈ k × (RTT + query time) = 10 × (80 + 2) = 820 ms. The database works for 20 ms; the wires take the other 800.',
    misconceptions: [
      {
        answer: 100,
        explanation:
          'That counts the round trip once: 80 + 10 × 2. Each of the 10 queries goes out and comes back on its own, so each pays the 80 ms.',
      },
      {
        answer: 20,
        explanation:
          'That counts only the database’s work. Every query also travels to another region and back: 80 ms each.',
      },
      {
        answer: 420,
        explanation:
          'That counts the distance one way (40 ms) per query. A query must travel there and its rows back: a full 80 ms round trip.',
      },
    ],
  },
  {
    id: 'move-database-far',
    objective: 2,
    section: 'every-query-is-a-round-trip',
    question:
      'A page makes 10 queries of 2 ms each and takes 40 ms with the database in another zone (RTT 2 ms). The database moves to another region (RTT 80 ms). Roughly how long will the queries take?',
    choices: [
      {
        text: 'About 820 ms: each of the 10 queries pays the 80 ms',
        correct: true,
        explanation:
          'Right: 10 × (80 + 2) = 820 ms. The database does the same 20 ms of work; the user waits for the wires.',
      },
      {
        text: 'About 120 ms: the 40 ms from before plus one 80 ms trip',
        explanation:
          'The misconception that the distance is paid once per request. Sequential queries each make their own round trip.',
      },
      {
        text: 'About 40 ms, as before: the database is just as fast',
        explanation:
          'The misconception that only the database’s speed matters. Its work is unchanged, but each query now crosses a region and back.',
      },
      {
        text: 'About 8 s: a far database slows every query tenfold',
        explanation:
          'The misconception that distance slows the database itself. Each query costs one extra round trip, not a multiple of its work.',
      },
    ],
  },
  {
    id: 'spot-n-plus-one',
    objective: 3,
    section: 'the-n1-query-problem',
    question:
      'An order page runs one query for the order’s 50 items, then one query per item for its product. What is this, and what fixes it?',
    choices: [
      {
        text: 'N+1 queries; fetch all 50 products in one query (IN or a join)',
        correct: true,
        explanation:
          'Right. 51 sequential round trips become 2, whatever the size of the order. Match the returned rows to items by id: a batched query promises no order.',
      },
      {
        text: 'A slow database; move it to a machine with more and faster cores',
        explanation:
          'The misconception that the database is the problem. Each query is fast; the page is slow because it waits for 51 round trips in a row, which more cores do not shorten.',
      },
      {
        text: 'A pool that is too small; give the app server 51 connections',
        explanation:
          'The misconception that more connections help sequential queries. The loop runs one query at a time, so it never uses more than one connection.',
      },
      {
        text: 'Normal behaviour; an ORM always runs one query per row',
        explanation:
          'The misconception that the ORM leaves no choice. ORMs can load related rows in one query (eager loading, a join); the loop just has to ask for it.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'pool-littles-law',
    objective: 4,
    section: 'connection-pools-and-littles-law',
    question:
      'An app server sends 500 queries per second to a database 80 ms away (round trip); each query takes 2 ms there. By Little’s law, how many connections are busy on average?',
    answer: 41,
    tolerance: 0.5,
    unit: 'connections',
    solution:
      'connections busy ≈ queries per second × time each holds a connection = 500 /s × (0.080 + 0.002) s = 41. A pool of 10 would be a server at 410 % load: queries would queue without end.',
    misconceptions: [
      {
        answer: 1,
        explanation:
          'That is 500 × 0.002: only the database’s work. A query holds its connection for the whole round trip too.',
      },
      {
        answer: 41000,
        explanation:
          'That is 500 × 82 with the milliseconds left unconverted. Rate per second times time in seconds: 500 × 0.082.',
      },
      {
        answer: 6,
        explanation:
          'That is 500 ÷ 82: dividing the rate by the time. Little’s law multiplies them: L = λ · W.',
      },
    ],
  },
  {
    id: 'pools-times-servers',
    objective: 4,
    section: 'connection-pools-and-littles-law',
    question:
      'Twenty app servers each keep a pool of 100 connections to one PostgreSQL database with the default max_connections of 100. What goes wrong?',
    choices: [
      {
        text: 'They want 2,000 connections; the database refuses those past 100',
        correct: true,
        explanation:
          'Right. The limit is shared by every app server. Each open connection costs the database memory and a process, which is why it is capped; size pools from Little’s law and keep their sum under the limit.',
      },
      {
        text: 'Nothing: connections a pool does not use cost the database nothing',
        explanation:
          'The misconception that idle connections are free. Each one is a process with its own memory on PostgreSQL, and each counts against max_connections.',
      },
      {
        text: 'Nothing: max_connections applies to each app server separately',
        explanation:
          'The misconception that the limit is per client. It is the database’s total: twenty servers share the same 100.',
      },
      {
        text: 'Queries get slower, because each extra connection adds a round trip',
        explanation:
          'The misconception that pool size changes a query’s round trip. An open connection is reused; the problem is the database’s limit and memory.',
      },
    ],
  },
  {
    id: 'read-pool-exhaustion',
    objective: 5,
    section: 'the-database-is-a-server-too',
    question:
      'Latency is far above queries × RTT, the database is 5 % busy, and every connection of the app server’s pool is in use. What is the likely cause?',
    choices: [
      {
        text: 'The pool is too small: queries queue for a free connection',
        correct: true,
        explanation:
          'Right. The database is idle and the network is as usual, so the time goes to waiting for a connection. Little’s law says how many the traffic needs.',
      },
      {
        text: 'The database is overloaded and answers every query slowly',
        explanation:
          'The misconception that slow queries always mean a busy database. At 5 % utilisation it has plenty of capacity; the queue is in front of it, in the pool.',
      },
      {
        text: 'The network is slow: each round trip takes longer than before',
        explanation:
          'The misconception that any extra latency is the network’s. A slow network shows as latency ≈ queries × a larger RTT, with the pool not necessarily full.',
      },
      {
        text: 'The app server needs more cores to send its queries faster',
        explanation:
          'The misconception that waiting uses CPU. A query waiting for a connection or a round trip keeps no core busy; more cores change nothing here.',
      },
    ],
  },
  {
    kind: 'predict',
    id: 'far-database-small-pool',
    objective: 5,
    section: 'every-query-is-a-round-trip',
    simulation: 'persistent-storage/database-round-trips',
    setup:
      'Where the database is: “Another region (80 ms)”. Keep the defaults for the rest: 10 queries per request, request rate 100 req/s, connection pool size 10.',
    question: 'What will the run show?',
    choices: [
      {
        text: 'Hardly any request completes: the pool runs out, the database idles',
        correct: true,
        explanation:
          'Right. 1,000 queries per second × 82 ms keep about 82 connections busy, and the pool has 10: queries queue for a connection without end while the database works a few percent of the time.',
      },
      {
        text: 'Every request completes in about 820 ms, with nothing else going wrong',
        explanation:
          'The misconception that distance only adds latency. It also makes each query hold its connection 41 times longer, and the pool runs out.',
      },
      {
        text: 'The database reaches 100 % utilisation and slows every query down',
        explanation:
          'The misconception that the database is always the bottleneck. Its work per query is unchanged, and few queries even reach it: they wait for a connection.',
      },
      {
        text: 'Nothing changes: the database does the same work wherever it is',
        explanation:
          'The misconception that only work counts. The same work, 80 ms away, keeps every connection waiting on the network.',
      },
    ],
  },
];

export default quiz;
