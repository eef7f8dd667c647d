/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'who-stops-traffic-to-dead-server',
    objective: 1,
    section: 'the-whole-picture',
    question:
      'In the middle of the spike, web1 dies. Which part of the architecture stops new requests from reaching it?',
    choices: [
      {
        text: 'The alert rule, which pages and takes web1 out of rotation',
        explanation:
          'An alert only tells a person; it changes nothing in the traffic. And this one is meant to stay quiet for a crash that the load balancer absorbs.',
      },
      {
        text: 'The load balancer, once its health checks fail twice in a row',
        correct: true,
        explanation:
          'Yes. The load balancer probes each server; after two failed probes in a row it skips web1 until it passes again. Without health checks it keeps sending web1 its share, and every one of those requests fails.',
      },
      {
        text: 'The metrics service, which notices web1 missing from its scrapes',
        explanation:
          'The metrics service sees web1 disappear (the servers-up gauge drops), but it only records. It does not route requests.',
      },
      {
        text: 'The browser, which retries the request on another server',
        explanation:
          'Browsers only know the load balancer’s address; they cannot pick a server. Which server answers is the load balancer’s decision.',
      },
    ],
  },
  {
    id: 'requests-in-progress',
    kind: 'number',
    objective: 2,
    section: 'the-bad-day',
    question:
      'At the spike, 150 requests arrive per second, and each one is in progress on a server for about 21 ms (CPU, database queries and, for checkouts, the payment call). By Little’s law, how many requests are in progress at once, on average?',
    answer: 150 * 0.021,
    tolerance: 0.1,
    unit: 'requests',
    solution:
      'Little’s law: requests in progress L = arrival rate λ × time each one spends W = 150 per second × 0.021 s ≈ 3.15. The servers left after web1 dies must be able to hold that many requests at once, with room to spare for bursts.',
    misconceptions: [
      {
        answer: 7.14,
        explanation:
          'That divides 150 by 21. Little’s law multiplies: requests per second × seconds per request, with the time in seconds (0.021 s).',
      },
      {
        answer: 3150,
        explanation:
          'That multiplies by 21 ms as if it were 21 s. Convert to seconds first: 21 ms = 0.021 s.',
      },
    ],
  },
  {
    id: 'cores-versus-workers',
    objective: 2,
    section: 'the-bad-day',
    question:
      'Of a request’s 21 ms, about 7.7 ms is CPU work; the rest is waiting for the database and the payment API. At 150 requests per second, what does the system need?',
    choices: [
      {
        text: 'About 3 cores: one core for each of the requests that are in progress',
        explanation:
          'A request waiting for the database or the payment API uses no CPU. Cores are needed for the CPU time only: 150 × 0.0077 s ≈ 1.2 cores’ worth.',
      },
      {
        text: 'About 1.2 cores’ worth of CPU, and room for over 3 requests at once',
        correct: true,
        explanation:
          'Yes. CPU: 150 × 0.0077 s ≈ 1.2 cores busy. Concurrency: 150 × 0.021 s ≈ 3.15 requests in progress, each holding a worker (a thread, or a slot in an event loop) while it waits. Both must fit, with headroom, after one server is lost.',
      },
      {
        text: 'About 1.2 cores, and nothing else, since waiting is free',
        explanation:
          'Waiting costs no CPU, but a waiting request still occupies a worker, a connection and memory. If the workers are all taken, new requests queue even with idle cores.',
      },
      {
        text: 'About 7.7 cores, one per millisecond of CPU per request',
        explanation:
          'Milliseconds of CPU per request are not cores. Multiply by the arrival rate: 150 per second × 0.0077 s ≈ 1.2 cores busy on average.',
      },
    ],
  },
  {
    id: 'health-check-interval-and-slo',
    kind: 'predict',
    objective: 3,
    section: 'your-choices',
    simulation: 'capstone/whole-system',
    setup:
      'Set 3 servers, size small, least connections, health checks every 250 ms, 3 payment attempts, alert “for” 30 s, payment provider working: the SLO is met. Now set health checks to “Every 1 s” and predict before running.',
    question: 'What will “SLO met” and the figures beside it show?',
    choices: [
      {
        text: 'Still met: a probe every second notices the crash within about 2 s',
        explanation:
          'Up to 2 s instead of about 0.5 s sounds harmless, but at the spike about 150 requests arrive per second and a share of them goes to web1 meanwhile, while the budget is only about 74 failures for the whole day.',
      },
      {
        text: 'Not met, because p95 latency rises above 250 ms',
        explanation:
          'Latency barely moves: the requests sent to the dead server fail quickly rather than slowly. The part of the SLO that breaks is the success rate.',
      },
      {
        text: 'Not met: the extra failures at the crash push success below 99.5 %',
        correct: true,
        explanation:
          'Yes. The load balancer needs two failed probes to take web1 out: up to 2 s at one probe per second instead of about 0.5 s. The extra requests sent to the dead server in those seconds spend more than the rest of the error budget.',
      },
      {
        text: 'Still met, because retries send the failed requests to another server',
        explanation:
          'The retries in this design are for payment calls to the provider. A request the load balancer sent to the dead server fails; nothing here retries it elsewhere.',
      },
    ],
  },
  {
    id: 'tools-after-a-page',
    objective: 4,
    section: 'reading-a-bad-day-with-logs-metrics-and-alerts',
    question:
      'The alert paged at 02:51. The dashboard shows success dropping to 88 % while every resource (CPU, memory, network, database) stays below 50 % of its capacity. What is the next step?',
    choices: [
      {
        text: 'Add servers: a drop in success means that the fleet is short of capacity',
        explanation:
          'Nothing is near its capacity, so more of it will not help. Failures with idle resources point to something that breaks rather than something that is full.',
      },
      {
        text: 'Search the logs around 02:51 for errors and group them by error kind',
        correct: true,
        explanation:
          'Yes. The alert said when, the metrics said it is not saturation; the logs say why: `level = "error"` around 02:51, grouped by `error`, then one request id followed through the system. Here it might be the payment API refusing calls.',
      },
      {
        text: 'Silence the alert: no resource is saturated, so it is a false alarm',
        explanation:
          'Users are failing: 12 % of requests. An alert on a symptom is right even when the cause is not on the resource charts.',
      },
      {
        text: 'Wait for the metrics to refresh until a saturated resource shows up',
        explanation:
          'Some failures never show up as saturation: a bug in a new release, an expired certificate, a dependency answering errors. Metrics say where and how much; logs say why.',
      },
    ],
  },
  {
    id: 'day-error-budget',
    kind: 'number',
    objective: 5,
    section: 'the-bad-day',
    question:
      'The bad day has about 14,800 requests, and the SLO says 99.5 % of them must succeed. How many requests may fail in the whole day?',
    answer: 74,
    tolerance: 1,
    unit: 'requests',
    solution:
      'The error budget is 1 − 0.995 = 0.5 % of the requests: 14,800 × 0.005 = 74 failures. Ten percent of about 1,480 checkouts failing without retries would be about 148, twice the budget on its own.',
    misconceptions: [
      {
        answer: 740,
        explanation:
          'That uses 5 % instead of 0.5 %. 99.5 % success leaves 0.005 of the requests to fail.',
      },
      {
        answer: 14726,
        explanation:
          'That is the number that must succeed (14,800 × 0.995). The budget is the rest.',
      },
    ],
  },
  {
    id: 'same-seed-score',
    objective: 5,
    section: 'the-challenge',
    question: 'Why do the checks run every design through the bad day with the same seed?',
    choices: [
      {
        text: 'So two runs of one design always get the same score',
        correct: true,
        explanation:
          'Yes. With the same seed the same requests arrive at the same moments, so a score measures the design and not the luck of the draw. The price: a design can be tuned to this one day, so check it on a few other seeds before trusting it.',
      },
      {
        text: 'Because real traffic follows the same pattern every day',
        explanation:
          'Real traffic never repeats exactly. The fixed seed is for fair comparisons between designs, not a claim about the real world.',
      },
      {
        text: 'Because a fixed seed makes the simulation run faster',
        explanation:
          'The seed only picks which random numbers are drawn; it does not change how much work a run takes.',
      },
      {
        text: 'So the crash time stays hidden and nobody can tune for it',
        explanation:
          'The crash and the spike are scheduled in the scenario and described on the page. The seed decides the random parts: arrivals, service times, payment failures.',
      },
    ],
  },
];

export default quiz;
