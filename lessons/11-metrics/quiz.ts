/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'p95-from-metrics-not-logs',
    objective: 1,
    section: 'what-a-metrics-service-collects',
    question:
      'A dashboard should show the p95 latency of the last 5 minutes across 20 servers, refreshed every 15 s. Why is a latency histogram metric a better source than the logs?',
    choices: [
      {
        text: 'Logs cannot hold durations, only messages about events',
        explanation:
          'A structured log line can carry `durationMs` perfectly well, and a log service can compute p95 from it. The question is what it costs to do that every 15 s.',
      },
      {
        text: 'A histogram gives the exact p95, while logs can only give an estimate',
        explanation:
          'It is the other way round: a histogram only knows which bucket each request fell into, so its percentile is an estimate. Logs with a duration per request could give the exact value, at a price.',
      },
      {
        text: 'A few bucket counters per server are cheap to scrape and to add up',
        correct: true,
        explanation:
          'Yes. Each server exposes a handful of cumulative bucket counters; the metrics service scrapes them, adds them over all servers and estimates p95 for any window. From logs it would have to ship, store and scan a line for every request.',
      },
      {
        text: 'Logs are only kept for errors, so fast requests would be missing',
        explanation:
          'Many services write a line for every request at `info`. Logs can answer the question; they are just far more expensive per answer than a few counters.',
      },
    ],
  },
  {
    id: 'connections-open-kind',
    objective: 2,
    section: 'counters-gauges-and-histograms',
    question: 'Which kind of metric should record “connections open right now” on a server?',
    choices: [
      {
        text: 'A counter, because it counts connections',
        explanation:
          'A counter only goes up, like connections opened since start. Open connections also go down when they close, so a counter cannot represent them.',
      },
      {
        text: 'A histogram, because the number varies over time',
        explanation:
          'A histogram records a distribution of observations, such as request durations. A value you read at a moment, which goes up and down, is a gauge; its variation over time is the time series itself.',
      },
      {
        text: 'A gauge, because it goes up and down',
        correct: true,
        explanation:
          'Yes. A gauge holds a current value that can rise and fall: connections open, memory in use, queue length. You read its value, or its average or maximum over a window.',
      },
      {
        text: 'The rate of a counter, because it changes every second',
        explanation:
          'A rate answers “how many per second”, such as connections opened per second. How many are open at this moment is a level, not a flow: a gauge.',
      },
    ],
  },
  {
    id: 'counter-rate-with-restart',
    kind: 'number',
    objective: 3,
    section: 'counters-gauges-and-histograms',
    question:
      '`requests_total` reads 12,000 at 10:00:00, 15,000 at 10:01:00 and 400 at 10:02:00; the server restarted in between. Adding up the increases between samples and dividing by the time from the first sample to the last, what is the rate in requests per second?',
    answer: 3400 / 120,
    tolerance: 0.1,
    unit: 'req/s',
    solution:
      'From 12,000 to 15,000 the increase is 3,000. From 15,000 to 400 the counter dropped, which for a counter always means a restart from 0: the increase is the new value, 400. Total 3,400 over 120 s = 28.3 requests per second. It is a lower bound: requests served between 10:01:00 and the restart were never scraped. Prometheus’s rate() adjusts for resets the same way.',
    misconceptions: [
      {
        answer: -96.67,
        explanation:
          'That is (400 − 12,000) ÷ 120: it treats the drop as requests going backwards. A counter never decreases; a drop means the process restarted and counted again from 0.',
      },
      {
        answer: 50,
        explanation:
          'That is the first minute alone (3,000 ÷ 60). The second minute counts too: its increase is the 400 counted since the restart.',
      },
      {
        answer: 3.33,
        explanation:
          'That is 400 ÷ 120, the last value divided by the whole time, which ignores the 3,000 counted before the restart.',
      },
    ],
  },
  {
    id: 'p95-from-buckets',
    kind: 'number',
    objective: 4,
    section: 'averages-hide-the-tail',
    question:
      'Cumulative latency buckets for 1,000 requests: ≤ 100 ms: 600, ≤ 200 ms: 900, ≤ 500 ms: 990, +Inf: 1,000. Interpolating linearly inside the bucket, as Prometheus’s histogram_quantile() does, what is the estimated p95?',
    answer: 200 + (300 * 50) / 90,
    tolerance: 1,
    unit: 'ms',
    solution:
      'The p95 is the request with rank 0.95 × 1,000 = 950. It lies in the 200–500 ms bucket, which holds ranks 900 to 990. Assuming its requests are spread evenly: p95 ≈ 200 + (500 − 200) × (950 − 900) ÷ (990 − 900) = 200 + 300 × 50 ÷ 90 ≈ 366.7 ms. The true value could be anywhere from 200 to 500 ms: the estimate is only as good as the buckets.',
    misconceptions: [
      {
        answer: 500,
        explanation:
          'That is the upper bound of the bucket that holds rank 950: the most the p95 could be. Interpolation places rank 950 50 of the 90 ranks into the bucket.',
      },
      {
        answer: 200,
        explanation:
          'That is the lower bound: 900 requests are at or under 200 ms, 50 short of rank 950.',
      },
      {
        answer: 350,
        explanation:
          'That is the middle of the bucket. Rank 950 is 50 of the bucket’s 90 requests in, not half-way: 200 + 300 × 50 ÷ 90.',
      },
    ],
  },
  {
    id: 'fan-out-tail',
    objective: 4,
    section: 'averages-hide-the-tail',
    question:
      'A page makes 20 backend calls in parallel and waits for all of them. Each call is slower than its own p95 5 % of the time, independently of the others. In what share of page loads is at least one call slower than its p95?',
    choices: [
      {
        text: 'About 5 %, the same as for one call',
        explanation:
          'That would hold for one call. The page waits for the slowest of 20, and each of them has its own 5 % chance of being slow.',
      },
      {
        text: '100 %, since 20 calls × 5 % each add up to every single page load',
        explanation:
          'Probabilities of independent events do not add up like that (with 30 calls it would give 150 %). Compute the chance that none is slow and take the rest.',
      },
      {
        text: 'About 0.25 %, since 5 % is spread over 20 calls',
        explanation:
          'Spreading does not dilute the tail: the page is as slow as its slowest call, so more calls make a slow page more likely, not less.',
      },
      {
        text: 'About 64 %, since all 20 are fast only 0.95²⁰ ≈ 36 % of the time',
        correct: true,
        explanation:
          'Yes. The chance that all 20 calls beat their p95 is 0.95²⁰ ≈ 0.36, so about 64 % of page loads include at least one slow call. The tail of each part becomes the typical experience of the whole.',
      },
    ],
  },
  {
    id: 'database-bottleneck-cpu-idle',
    kind: 'predict',
    objective: 5,
    section: 'finding-the-bottleneck',
    simulation: 'metrics/dashboard',
    setup:
      'Choose System A and set the traffic to 1.2×. Before running, predict the figures “Database busy” and “CPU (busiest server)”.',
    question: 'What will those two figures show?',
    choices: [
      {
        text: 'Both near 100 %: servers and database work equally hard under the load',
        explanation:
          'Resources do not fill up together: one reaches its capacity first and holds back everything behind it. Here the servers mostly wait.',
      },
      {
        text: 'Database near 100 % busy, while the CPU stays far below its capacity',
        correct: true,
        explanation:
          'Yes. The database is the bottleneck: its executors are all busy and queries queue, so latency climbs. The servers spend that time waiting, which costs no CPU. The CPU chart alone would call this system healthy.',
      },
      {
        text: 'CPU near 100 %, since the servers spin while they wait for queries',
        explanation:
          'A server waiting for a query answer does not use its CPU; the request simply sits there. Busy CPUs are a sign of computing, not of waiting.',
      },
      {
        text: 'Both well below 100 %: at 1.2× the trouble is in the network',
        explanation:
          'System A’s responses are small; its network link is far from full. Compare each resource with its own capacity and the one near 100 % stands out.',
      },
    ],
  },
  {
    id: 'swapping-signals',
    objective: 5,
    section: 'finding-the-bottleneck',
    question:
      'A server’s processes need more memory than its RAM, and it starts paging to disk heavily. Which pattern on its dashboard points to memory as the bottleneck?',
    choices: [
      {
        text: 'CPU at 100 %: every page fault gives the processor a lot of extra work',
        explanation:
          'A process waiting for a page to come back from disk is blocked on I/O, not computing. While it thrashes, CPU utilisation typically stays flat or drops: the CPU waits for the disk.',
      },
      {
        text: 'Nothing changes until the kernel’s out-of-memory killer steps in',
        explanation:
          'With swap available, the server first pages: it keeps running, far slower. The out-of-memory killer only acts when even that is impossible.',
      },
      {
        text: 'Network out rises, as memory pages are sent to other servers',
        explanation:
          'Paging moves memory to swap space on the server’s own disk, not to other servers. The signals are on the disk and memory side, not in the network traffic of the service.',
      },
      {
        text: 'Latency soars as page faults and I/O wait climb, with CPU no busier',
        correct: true,
        explanation:
          'Yes. A thrashing server spends its time waiting for pages from disk: major page faults, I/O wait and Linux’s memory pressure stall information (PSI) climb, and latency explodes, while CPU utilisation stays flat or drops.',
      },
    ],
  },
];

export default quiz;
