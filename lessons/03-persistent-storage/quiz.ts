/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question:
      'Your shop runs on one server that keeps its data on its own disk. Why move the data to a separate database server?',
    choices: [
      {
        text: 'So the data survives the loss of the app server and can be shared by several app servers',
        correct: true,
        explanation:
          'A disk inside one machine dies, fills up and is replaced with that machine, and a second app server cannot read it. A database on its own machine (usually with replicas and backups) outlives any app server and serves all of them.',
      },
      {
        text: 'Because a database on another machine answers faster than the local disk',
        explanation:
          'The opposite: every query now crosses the network, which adds a round trip. We accept that cost for durability and sharing, then design to pay it as rarely as possible.',
      },
      {
        text: 'Because app servers have no disk at all',
        explanation:
          'Most servers do have a disk. The problem is not its existence but that it belongs to one machine: limited in size, lost with the machine, invisible to other servers.',
      },
      {
        text: 'Because memory is persistent only on database servers',
        explanation:
          'Memory is never persistent: it is lost when a process stops on any machine. Databases are durable because they write to disk (and usually to replicas) before confirming a write.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A request makes 10 queries one after another to a database 2 ms away (round trip). Each query takes 2 ms to run. About how long does the request spend on queries?',
    choices: [
      {
        text: '40 ms',
        correct: true,
        explanation:
          'Each query costs its round trip plus its run time, 2 + 2 = 4 ms, and they happen one after another: 10 × 4 = 40 ms.',
      },
      {
        text: '4 ms',
        explanation:
          'That is one query. Queries made one after another add up: the second cannot start until the first has come back.',
      },
      {
        text: '20 ms',
        explanation:
          'That counts only the round trips (or only the run times). Every query pays both: 10 × (2 + 2) = 40 ms.',
      },
      {
        text: '22 ms',
        explanation:
          'That assumes one round trip for all ten queries. Only a batched query (one query for all the data) gets away with a single round trip.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'The same request (10 queries, 2 ms each to run) now talks to a database in another region, 80 ms away. About how long does it spend on queries?',
    choices: [
      {
        text: 'About 820 ms',
        correct: true,
        explanation:
          '10 × (80 + 2) = 820 ms. The network now dominates completely: the database does 20 ms of work, and the request waits 800 ms for the wires. This is why a database usually sits in the same data centre as its app servers.',
      },
      {
        text: 'About 100 ms: 80 ms of network plus 20 ms of work',
        explanation:
          'The network is paid once per query, not once per request: ten sequential queries cross the ocean ten times.',
      },
      {
        text: 'About 40 ms, as before: the database is just as fast',
        explanation:
          'The database is as fast, but each query now waits 80 ms for its round trip instead of 2 ms.',
      },
      {
        text: 'About 8 seconds',
        explanation:
          'That is 10 × 800 ms, perhaps from mixing up milliseconds. The round trip is 80 ms: 10 × 82 ≈ 820 ms.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'An order page loads the order’s 50 items with one query, then each item’s product with one query each. What is this called, and what is the usual fix?',
    choices: [
      {
        text: 'The N+1 query problem; fetch all the products in one query (WHERE id IN (…)) or with a join',
        correct: true,
        explanation:
          'One query for the list plus N for the items: 51 round trips. A batched query or a join gets the same rows in one or two round trips, whatever N is. ORMs call this eager loading.',
      },
      {
        text: 'A slow database; buy a bigger database server',
        explanation:
          'The database is mostly idle here: each query is tiny. The time goes to 51 round trips, which a bigger database does not shorten.',
      },
      {
        text: 'A connection leak; close connections after each query',
        explanation:
          'Nothing leaks: the page simply asks 51 questions one after another. Closing connections would make it worse, since opening a new one costs several more round trips.',
      },
      {
        text: 'Too small a connection pool; give the server 51 connections',
        explanation:
          'The queries run one after another, so the page uses only one connection at a time. More connections do not remove a single round trip.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'Each app server makes 400 queries per second and each query holds a connection for 5 ms (round trip plus run time). How many connections are busy on average?',
    choices: [
      {
        text: '2',
        correct: true,
        explanation:
          'Little’s law: busy = arrival rate × time held = 400 /s × 0.005 s = 2. A pool of about 4 or 5 leaves room for bursts.',
      },
      {
        text: '400',
        explanation:
          'That would be one connection per query per second. A connection is reused: each is held for only 5 ms, so it can serve about 200 queries a second.',
      },
      {
        text: '80',
        explanation:
          'That is 400 ÷ 5, which mixes the units. Multiply the rate (per second) by the time held (in seconds): 400 × 0.005 = 2.',
      },
      {
        text: '2,000',
        explanation:
          'That is 400 × 5 without converting 5 ms to 0.005 s. Units again: 400 × 0.005 = 2.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question:
      'p95 latency is 2 seconds, but the database is only 5 % busy and the app servers’ CPUs are at 20 %. What is the most likely cause?',
    choices: [
      {
        text: 'The connection pool is too small: queries queue for a free connection',
        correct: true,
        explanation:
          'Waiting for a connection costs no CPU anywhere, so neither machine looks busy. Little’s law tells you how many connections the traffic keeps busy; a pool below that number builds a queue that never drains.',
      },
      {
        text: 'The database is overloaded',
        explanation:
          'At 5 % utilisation the database is nearly idle. An overloaded database shows utilisation near 100 %.',
      },
      {
        text: 'The app servers need more cores',
        explanation:
          'At 20 % CPU they have plenty to spare. The requests are waiting, not computing.',
      },
      {
        text: 'Nothing is wrong: p95 is always about 100 times the median',
        explanation:
          'Percentiles spread out under random load, but by a few times, not a hundred. A 2-second p95 with idle machines is a queue somewhere.',
      },
    ],
  },
  {
    id: 'q7',
    objective: 1,
    section: '',
    question:
      'Why not give each of 40 app servers a pool of 50 connections, just to be safe, when the database accepts at most 100 connections?',
    choices: [
      {
        text: 'Together they would ask for 2,000 connections; the database refuses the rest, and each open connection costs it memory',
        correct: true,
        explanation:
          'Pools multiply by the number of app servers. PostgreSQL, for instance, defaults to max_connections = 100 and runs a process per connection. Size each pool from its traffic and make sure all of them together fit.',
      },
      {
        text: 'There is no problem: unused connections cost nothing',
        explanation:
          'Every open connection holds memory and a process or thread on the database, busy or not. That is why databases cap them.',
      },
      {
        text: 'Because more connections always make queries slower',
        explanation:
          'Up to the point where the pool stops being the bottleneck, more connections reduce waiting. The problem is the total across all servers, not one pool.',
      },
      {
        text: 'Because a pool must be smaller than the number of CPU cores of the app server',
        explanation:
          'Connections mostly wait for the network, not for the CPU, so a pool can sensibly be larger than the core count. Size it from queries per second × time held.',
      },
    ],
  },
];

export default quiz;
