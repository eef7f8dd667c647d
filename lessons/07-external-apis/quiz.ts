/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question:
      'Your checkout calls a payment provider whose median latency is 80 ms. The provider has an outage and stops answering. Your HTTP client has no timeout. What happens?',
    choices: [
      {
        text: 'Every checkout hangs, holding its memory and connection, until the provider comes back or something else gives up',
        correct: true,
        explanation:
          'Without a timeout the caller waits as long as the connection stays open. Requests pile up inside your server, and a problem at the provider becomes an outage of your checkout, and possibly of your whole server.',
      },
      {
        text: 'The call fails after the provider’s normal 80 ms',
        explanation:
          'Nothing tells the caller that 80 ms is normal. A silent provider produces no error; only a timeout on your side turns silence into a failure you can handle.',
      },
      {
        text: 'The provider sends a 503 error, which your server handles',
        explanation:
          'A provider that is down often cannot answer at all: the network drops the connection or the machine is gone. You must not rely on receiving an error.',
      },
      {
        text: 'Nothing: the operating system retries automatically',
        explanation:
          'TCP retransmits lost packets, but it does not give up on a silent server quickly or retry your HTTP request for you.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A provider fails 10 % of calls at random, independently. Your policy allows 3 attempts. Roughly what share of payments still fails?',
    choices: [
      {
        text: '0.1 %',
        correct: true,
        explanation:
          'All three attempts must fail: 0.1 × 0.1 × 0.1 = 0.001. Retries are powerful against independent, random failures.',
      },
      {
        text: '3.3 %',
        explanation:
          'That divides the failure rate by the attempts. Independent failures multiply: 0.1³ = 0.1 %.',
      },
      {
        text: '10 %',
        explanation: 'That is without retries. Each retry fails again only one time in ten.',
      },
      {
        text: '30 %',
        explanation:
          'Retries do not add failure chances; a payment fails only if every attempt fails.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'During an outage, 1,000 checkouts per second each retry immediately up to 5 times. What does the provider see?',
    choices: [
      {
        text: 'About 5,000 calls per second: five times the normal load, just as it tries to recover',
        correct: true,
        explanation:
          'That is a retry storm. Every failed call becomes several, so the provider that was struggling at 1,000 per second now faces 5,000, which can keep it down long after the original fault is fixed.',
      },
      {
        text: 'About 1,000 calls per second, as usual',
        explanation:
          'Only the first attempts arrive at the usual rate. Each failure adds another call right away, up to four more per checkout.',
      },
      {
        text: 'Fewer calls, because failed checkouts stop early',
        explanation:
          'Retries are what happens after failures: during an outage, every checkout uses all five attempts.',
      },
      {
        text: 'About 200 calls per second',
        explanation:
          'That divides instead of multiplying. Five attempts per checkout is five calls, not one fifth of a call.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question: 'Why add random jitter to exponential backoff?',
    choices: [
      {
        text: 'So clients that failed at the same moment do not all retry at the same moment, in synchronised waves',
        correct: true,
        explanation:
          'With plain backoff, everyone who failed at 12:00:00.000 retries at exactly .100, .300, .700… Random waits spread those retries out, so the provider sees a trickle instead of spikes.',
      },
      {
        text: 'To make each retry wait longer than the last',
        explanation:
          'That is the exponential part of exponential backoff. Jitter randomises the wait; it does not make it longer.',
      },
      {
        text: 'To make some retries succeed faster by luck',
        explanation:
          'Shorter random waits are a side effect, not the purpose. The purpose is to decorrelate many clients.',
      },
      {
        text: 'To respect the provider’s rate limit exactly',
        explanation:
          'Jitter makes bursts smaller but guarantees no rate. Respect a 429’s Retry-After header, and cap retries with a budget.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question: 'What does a retry budget of 10 % mean?',
    choices: [
      {
        text: 'Retries may add at most about 10 % to the calls a client makes; beyond that it stops retrying',
        correct: true,
        explanation:
          'On a normal day few calls fail and every one may be retried. During an outage the budget runs out quickly, and the extra load stays near 10 % instead of multiplying.',
      },
      {
        text: 'Each call may be retried for at most 10 % of its timeout',
        explanation: 'A budget limits how many retries happen overall, not how long each waits.',
      },
      {
        text: '10 % of calls are retried, chosen at random',
        explanation:
          'Only failed calls are retried. The budget caps the total, whichever calls failed.',
      },
      {
        text: 'The provider charges 10 % more for retried calls',
        explanation: 'It is a limit you set in your own client, not a price.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question:
      'A charge call times out. The provider may or may not have charged the card. How do you retry safely?',
    choices: [
      {
        text: 'Send the same idempotency key with the retry, so the provider charges at most once for that key',
        correct: true,
        explanation:
          'The provider remembers each key and its result. If the first attempt did charge, the retry gets that result back and no new charge is made; if not, the retry charges now.',
      },
      {
        text: 'Never retry a payment; show an error',
        explanation:
          'Safe, but the customer may have been charged with no order confirmed, or not charged at all after a harmless blip. Idempotency keys let you retry without either risk.',
      },
      {
        text: 'Retry with a fresh random key, to avoid confusing the provider',
        explanation:
          'A new key tells the provider this is a new payment: if the first attempt had charged, the card is now charged twice.',
      },
      {
        text: 'Retry only if the first attempt took longer than the provider’s average latency',
        explanation:
          'Timing tells you nothing about whether the charge happened: a slow answer and a lost answer look the same from your side.',
      },
    ],
  },
  {
    id: 'q7',
    objective: 1,
    section: '',
    question: 'What does a circuit breaker do when calls to a provider keep failing?',
    choices: [
      {
        text: 'It stops sending calls for a while and fails them at once, then lets a few test calls through to see whether the provider has recovered',
        correct: true,
        explanation:
          'Failing fast keeps your own server responsive (no one waits for timeouts) and gives the provider room to recover. After a cool-down, a few trial calls decide whether to close the breaker again.',
      },
      {
        text: 'It retries every failed call until it succeeds',
        explanation: 'That is the retry storm a circuit breaker exists to prevent.',
      },
      {
        text: 'It cuts the network connection to protect your server from attacks',
        explanation:
          'The name comes from electrical fuses, but it is about failing calls, not security.',
      },
      {
        text: 'It switches your server off until an engineer resets it',
        explanation:
          'A breaker only stops calls to one dependency, and closes again by itself when trial calls succeed.',
      },
    ],
  },
];

export default quiz;
