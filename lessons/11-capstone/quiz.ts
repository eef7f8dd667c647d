/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question:
      'Three servers, round robin, no health checks. One server dies for 60 s while 100 requests per second arrive. Roughly how many requests fail?',
    choices: [
      {
        text: 'About 2,000: a third of all requests for the whole minute',
        correct: true,
        explanation:
          'Round robin keeps sending every third request to the dead server: 100 × 60 ÷ 3 ≈ 2,000. Health checks every 250 ms would take it out after about half a second, about 17 failures instead.',
      },
      {
        text: 'Only the requests it was handling when it died',
        explanation:
          'That is what happens with health checks. Without them the load balancer does not know the server is dead and keeps routing to it.',
      },
      {
        text: 'None: the other two servers take over',
        explanation:
          'They would, if the load balancer stopped sending requests to the dead one. That is what health checks are for.',
      },
      {
        text: 'All 6,000',
        explanation: 'The two healthy servers still answer their share.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A payment call fails 10 % of the time, independently. With 3 attempts (and idempotency keys), what fraction of payments fail?',
    choices: [
      {
        text: '0.1 %: all three attempts must fail, 0.1 × 0.1 × 0.1',
        correct: true,
        explanation:
          'Independent failures multiply. The idempotency key makes the retries safe: a retried charge that actually went through the first time is not charged twice.',
      },
      {
        text: '3.3 %: the 10 % is spread over three attempts',
        explanation:
          'Retries do not divide a failure rate; every attempt has its own 10 % chance, and all must fail.',
      },
      {
        text: '10 %: retries do not change the failure rate',
        explanation:
          'They do when failures are independent and short-lived, as here. During a full outage they do not: every attempt fails.',
      },
      {
        text: '0 %: three attempts always succeed',
        explanation:
          'With a 10 % failure chance, one call in a thousand fails three times in a row.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'At a spike, 150 requests per second each hold a worker for about 21 ms. You must survive losing one server. Which design is enough?',
    choices: [
      {
        text: '3 small servers (2 cores each): one dies, 4 cores remain for about 3.2 busy workers',
        correct: true,
        explanation:
          '150 × 0.021 ≈ 3.2 workers busy. Four cores run at about 80 %: busy, but the queue stays short. Three small servers cost $0.135 per hour.',
      },
      {
        text: '2 small servers: 4 cores in total is exactly the need',
        explanation:
          'With one of them dead only 2 cores remain for 3.2 busy workers: the queue grows without limit.',
      },
      {
        text: '1 large server (8 cores): plenty of cores',
        explanation:
          'Plenty, until it is the server that dies. One server means no failover at all.',
      },
      {
        text: '4 micro servers (1 core each)',
        explanation:
          'With one dead, 3 cores for 3.2 busy workers: over 100 %. Five micro servers would work.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question: 'Why does a design that misses the SLO score 0, however cheap it is?',
    choices: [
      {
        text: 'Because the SLO is the requirement; cost only decides between designs that meet it',
        correct: true,
        explanation:
          'A cheap system that fails its users is not a bargain. Engineering for cost is choosing the cheapest of the designs that are good enough.',
      },
      {
        text: 'Because cheap designs are always unreliable',
        explanation:
          'Not at all: five micro servers meet the SLO more cheaply than two medium ones.',
      },
      {
        text: 'To make the score random',
        explanation:
          'The score is deterministic: the same design and seed give the same run and the same score.',
      },
      {
        text: 'Because the alert fired',
        explanation:
          'The score looks at success rate, latency and cost only; the alert is checked separately.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'During the payment outage your alert pages, yet none of your servers is broken. Was the page right?',
    choices: [
      {
        text: 'Yes: one request in ten fails for your users; someone must check the provider, inform users, perhaps disable checkout',
        correct: true,
        explanation:
          'Alerts watch symptoms users feel, wherever the cause is. The fix may be outside your system, but the response (status page, fallback, talking to the provider) is yours.',
      },
      {
        text: 'No: alerts should only fire for problems in your own servers',
        explanation:
          'Users do not care whose machine failed. An alert on causes in your servers alone would miss this outage entirely.',
      },
      {
        text: 'No: retries will fix it',
        explanation:
          'Retries help against occasional failures. During an outage every attempt fails, and retries only add load and delay.',
      },
      {
        text: 'Yes, because every error should page',
        explanation:
          'Not every error: the 0.1 % of payments that fail even after retries are within budget and should page nobody.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question:
      'After the crash you search the log service for web1’s last lines. Its shipper sends batches of 200 lines at least every second. What is missing?',
    choices: [
      {
        text: 'At most the last second or so: the lines still in web1’s buffer when it died',
        correct: true,
        explanation:
          'Everything shipped earlier is safe at the log service. Only the unsent buffer, at most a batch or one flush interval, died with the server.',
      },
      {
        text: 'Everything web1 ever wrote',
        explanation:
          'That would be true of local log files. Shipped lines live at the log service, not on web1.',
      },
      {
        text: 'Nothing: shipping loses no lines',
        explanation: 'Lines wait in memory until their batch leaves; those are lost in a crash.',
      },
      {
        text: 'Only the error lines',
        explanation: 'A crash loses the buffer whatever the level of the lines in it.',
      },
    ],
  },
];

export default quiz;
