/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'Which kind of metric fits “number of requests served since the process started”?',
    choices: [
      {
        text: 'A counter',
        correct: true,
        explanation:
          'It only ever goes up (until a restart resets it to 0). You rarely read the total itself; you read its rate: how fast it grows.',
      },
      {
        text: 'A gauge',
        explanation:
          'A gauge is a value that goes up and down, such as memory in use or queue length. A total that only grows is a counter.',
      },
      {
        text: 'A histogram',
        explanation:
          'A histogram records a distribution of observed values, such as latencies. Counting events needs only a counter.',
      },
      {
        text: 'A log line per request',
        explanation:
          'That works but costs a line per request. A counter is one number, however many requests there are.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question: 'A counter reads 12,000 at 10:00:00 and 15,000 at 10:01:00. What is the rate?',
    choices: [
      {
        text: '50 per second',
        correct: true,
        explanation: '(15,000 − 12,000) ÷ 60 s = 50 per second.',
      },
      {
        text: '15,000 per minute',
        explanation:
          'That is the total since the process started, not how fast it grew this minute.',
      },
      {
        text: '3,000 per second',
        explanation: '3,000 is the increase over the whole minute; divide by the 60 seconds.',
      },
      {
        text: '250 per second',
        explanation:
          'That divides the total 15,000 by 60. Only the increase over the window counts.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question: '90 requests take 20 ms and 10 requests take 1,000 ms. Which statement is true?',
    choices: [
      {
        text: 'The mean is 118 ms, yet no request took anywhere near 118 ms; p95 is 1,000 ms',
        correct: true,
        explanation:
          'Mean = (90 × 20 + 10 × 1,000) ÷ 100 = 118 ms. It describes nobody: most users saw 20 ms and one in ten waited a second, which p95 and p99 show and the mean hides.',
      },
      {
        text: 'The mean, 118 ms, is a good summary of what users experience',
        explanation:
          'Nine users in ten waited 20 ms and one waited 1,000 ms; nobody waited 118 ms. Latency distributions have long tails, which is why targets use percentiles.',
      },
      {
        text: 'p50 is 510 ms, halfway between the two groups',
        explanation:
          'The median is the middle request when sorted, and the middle request is one of the 90 fast ones: p50 = 20 ms.',
      },
      {
        text: 'p95 is 20 ms, because 90 % of requests are fast',
        explanation:
          'Only 90 % are fast. The 95th percentile falls among the slowest 10 %, so p95 = 1,000 ms.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'Cumulative latency buckets: ≤ 50 ms: 700, ≤ 100 ms: 900, ≤ 250 ms: 980, +Inf: 1,000. What p95 does histogram_quantile estimate?',
    choices: [
      {
        text: 'About 194 ms',
        correct: true,
        explanation:
          'Rank = 0.95 × 1,000 = 950, which falls in the 100–250 ms bucket (900 → 980). Interpolating: 100 + 150 × (950 − 900) ÷ 80 = 193.75 ms.',
      },
      {
        text: '250 ms',
        explanation:
          'That is the bucket’s upper bound: the worst case. histogram_quantile assumes observations are spread evenly within the bucket and interpolates.',
      },
      {
        text: '100 ms',
        explanation:
          'Only 900 of 1,000 requests (90 %) were at or under 100 ms, so p95 is above it.',
      },
      {
        text: 'It cannot be estimated without the individual latencies',
        explanation:
          'It can, approximately: that is what buckets are for. The estimate is only as precise as the buckets are narrow.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'A dashboard shows CPU 9 %, memory 30 % of RAM, network 2 % of bandwidth, database 97 % busy, and p95 latency climbing. What is the bottleneck?',
    choices: [
      {
        text: 'The database',
        correct: true,
        explanation:
          'It is the one resource near 100 % of its capacity. Queries queue for its executors, the servers wait for the queries, and latency climbs while their CPUs idle.',
      },
      {
        text: 'The CPU, because latency is high',
        explanation:
          'High latency is the symptom, not the cause. At 9 % the CPU is mostly idle: more or faster servers would not help.',
      },
      {
        text: 'Nothing: every server is lightly loaded',
        explanation:
          'The servers are lightly loaded because they are waiting. A bottleneck can sit outside the servers entirely.',
      },
      {
        text: 'The network',
        explanation: 'At 2 % of its bandwidth the network has plenty of room.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'Why do teams use metrics alongside logs rather than computing everything from logs?',
    choices: [
      {
        text: 'Metrics are a few numbers per second whatever the traffic, cheap to keep for months and to chart; logs cost a line per event',
        correct: true,
        explanation:
          'A server handling 1,000 requests per second writes 86 million lines a day; its request-rate counter is one number per scrape. Metrics give the overview, logs the details of one request.',
      },
      {
        text: 'Metrics are more precise than logs',
        explanation:
          'Logs record every event exactly; metrics summarise (rates, buckets). Metrics win on cost and overview, not precision.',
      },
      {
        text: 'Logs cannot record latency',
        explanation: 'They can: a log line can carry durationMs, as in the previous chapter.',
      },
      {
        text: 'Metrics survive crashes and logs do not',
        explanation:
          'Both are lost if kept only on the server, and both survive when collected by an external service.',
      },
    ],
  },
];

export default quiz;
