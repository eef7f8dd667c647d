/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'provider-tail-is-yours',
    objective: 1,
    section: 'calling-another-companys-server',
    question:
      'Your checkout does 20 ms of its own work, then calls the payment provider and waits for the answer. The provider’s p99 latency is 400 ms. What is your checkout’s p99, roughly?',
    choices: [
      {
        text: 'About 20 ms, because waiting for the provider uses none of your CPU',
        explanation:
          'Waiting costs no CPU, but the customer still waits. Latency is the time from request to answer, and the call sits in the middle of it.',
      },
      {
        text: 'About 420 ms: the provider’s slowest 1 % become your slowest 1 %',
        correct: true,
        explanation:
          'Yes. Every checkout takes its own 20 ms plus the call, so the 1 % of calls slower than 400 ms make 1 % of checkouts slower than 420 ms. A dependency’s tail is added to yours, and you cannot fix it on your side.',
      },
      {
        text: 'About 100 ms, because the provider’s median is what most calls take',
        explanation:
          'That mixes up the median with the tail. The median tells you about a typical checkout; p99 is about the slowest 1 %, and those are exactly the slow calls.',
      },
      {
        text: 'It cannot be said: the provider’s latency is not part of your service',
        explanation:
          'Your customers do not see where the time goes. A call made while they wait is part of your latency, whoever runs the server at the other end.',
      },
    ],
  },
  {
    id: 'timeout-from-normal-latency',
    objective: 2,
    section: 'timeouts-decide-how-long-to-wait',
    question:
      'Nearly all healthy calls to a provider finish within 400 ms; its median is 80 ms. Your HTTP client’s default timeout is 30 s. What should the payment call’s timeout be?',
    choices: [
      {
        text: 'Keep the 30 s default, so that no slow call is ever cut off',
        explanation:
          'During an outage every checkout then hangs for 30 s, holding memory and connections, and customers give up long before. A timeout exists to turn a dead provider into a quick, handleable error.',
      },
      {
        text: 'About 100 ms, just above the median, so failures are noticed fast',
        explanation:
          'That cuts off every healthy call slower than 100 ms, a large share of them, and a call cut off by your timeout may still have been completed by the provider: retried, it can charge twice without a key.',
      },
      {
        text: 'About 1 s: a margin above the slowest healthy calls, far below 30 s',
        correct: true,
        explanation:
          'Yes. Pick the timeout from the provider’s normal latency: just above what healthy calls take, so almost none are cut off, and short enough that a dead provider fails quickly.',
      },
      {
        text: 'None at all: the operating system detects a dead connection by itself',
        explanation:
          'TCP never times out a connection whose server process hangs while its machine still acknowledges packets, and otherwise gives up only after many minutes of retransmissions. Without a timeout of its own, a call can wait indefinitely.',
      },
    ],
  },
  {
    id: 'backoff-longest-wait',
    kind: 'number',
    objective: 3,
    section: 'retries-backoff-and-jitter',
    question:
      'A checkout retries with full jitter: after failed attempt n it waits `Math.random() * Math.min(2_000, 100 * 2 ** n)` ms. It makes 5 attempts in all, every one failing. At most, how long does it spend waiting between attempts in total (not counting the attempts themselves)?',
    answer: 3000,
    tolerance: 0,
    unit: 'ms',
    solution:
      'There are 4 waits, after attempts 1 to 4. Their caps are 100 × 2¹ = 200, 100 × 2² = 400, 100 × 2³ = 800 and 100 × 2⁴ = 1,600 ms (all under the 2,000 ms ceiling). Full jitter waits a random fraction of each cap, so the most it can wait is the sum of the caps: 200 + 400 + 800 + 1,600 = 3,000 ms. On average it waits half of that, 1,500 ms.',
    misconceptions: [
      {
        answer: 1500,
        explanation:
          'That is the average total wait: full jitter draws each wait uniformly between 0 and its cap. The question asks for the most it can wait, when every draw lands at the top.',
      },
      {
        answer: 5000,
        explanation:
          'That adds a wait after the fifth attempt too (including a capped 2,000 ms one). After the last attempt there is nothing left to wait for: 5 attempts have 4 waits between them.',
      },
      {
        answer: 1600,
        explanation: 'That is only the last wait. The waits add up: 200 + 400 + 800 + 1,600 ms.',
      },
    ],
  },
  {
    id: 'jitter-why',
    objective: 3,
    section: 'retries-backoff-and-jitter',
    question:
      'Exponential backoff already waits longer after each failure. What does adding random jitter to the waits achieve?',
    choices: [
      {
        text: 'Each retry waits longer than the one before, as the provider expects',
        explanation:
          'That is what the exponential part does. Jitter makes each wait a random fraction of the backoff, so a given wait may even be shorter than the previous one.',
      },
      {
        text: 'Some retries succeed sooner by luck, so the mean checkout is faster',
        explanation:
          'Shorter average waits are a side effect at most, not the purpose. The point is how the retries of many clients are spread in time.',
      },
      {
        text: 'Clients that failed together no longer retry together, in waves',
        correct: true,
        explanation:
          'Yes. When the provider hiccups for everyone, plain backoff makes all clients retry at the same instants, in synchronised waves that can knock it over again. Random waits spread the retries out.',
      },
      {
        text: 'The client never exceeds the provider’s rate limit, whatever happens',
        explanation:
          'Jitter spreads retries in time but does not cap how many there are. Limiting the extra load is the job of a retry budget or a circuit breaker.',
      },
    ],
  },
  {
    id: 'layered-retries',
    kind: 'number',
    objective: 4,
    section: 'retry-storms-and-retry-budgets',
    question:
      'Your browser app, your server and your server’s HTTP library each make up to 3 attempts of any call that fails. The payment provider is down, so every call fails. How many calls reach the provider for one press of “Pay”?',
    answer: 27,
    tolerance: 0,
    unit: 'calls',
    solution:
      'The layers multiply: each of the browser’s 3 attempts reaches your server, which makes 3 attempts, each of which the HTTP library makes 3 times. 3 × 3 × 3 = 27 calls to the provider for one click, just when it is down. Retry in one layer only, and give it a budget.',
    misconceptions: [
      {
        answer: 9,
        explanation:
          'That adds the attempts (3 + 3 + 3). Each layer repeats everything the layer below does, so the attempts multiply.',
      },
      {
        answer: 3,
        explanation:
          'That counts one layer. Every layer that retries repeats the whole chain below it.',
      },
    ],
  },
  {
    id: 'retries-in-an-outage',
    objective: 4,
    section: 'retry-storms-and-retry-budgets',
    question:
      'On a normal day 10 % of payment calls fail, independently of each other, and 3 attempts bring failed checkouts down to about 0.1 %. Then the provider goes down for five minutes and every call fails. What do the 3 attempts do now?',
    choices: [
      {
        text: 'Failed checkouts stay near 0.1 %, as the formula promises',
        explanation:
          'The formula 0.1³ assumes that each attempt fails independently. In an outage the failures are perfectly correlated: if one attempt fails, so does the next.',
      },
      {
        text: 'Every checkout still fails, and the provider gets 3 times the calls',
        correct: true,
        explanation:
          'Yes. Retries only help when a later attempt can succeed. In an outage each checkout spends all its attempts, tripling the load on a provider that is trying to recover: a retry storm. A retry budget or a circuit breaker stops it.',
      },
      {
        text: 'About a third of the checkouts get through on their second or third try',
        explanation:
          'Nothing gets through while every call fails; spreading the attempts out does not change that. Only the end of the outage does.',
      },
      {
        text: 'The provider queues the extra calls and answers all of them later',
        explanation:
          'A provider that is down answers nothing, and one that is overloaded refuses or drops work. Extra calls only add to its load.',
      },
    ],
  },
  {
    id: 'charged-twice',
    kind: 'predict',
    objective: 5,
    section: 'idempotency-retrying-without-charging-twice',
    simulation: 'external-apis/payment-api',
    setup:
      'Keep the retry policy on “Backoff with jitter (5 attempts)” and Idempotency keys “Off”. Set the timeout per attempt to 200 ms. Before running, predict the figure “Orders charged twice”.',
    question: 'What will “Orders charged twice” show?',
    choices: [
      {
        text: 'Zero, because a call cut off by the timeout never reached the provider',
        explanation:
          'A timeout only tells you that you did not get an answer in time. The request may have arrived and the card may have been charged; the answer was just late.',
      },
      {
        text: 'Zero, because jittered backoff spaces the retries well apart',
        explanation:
          'Spacing retries out helps the provider recover, but every retry is still a new charge request. Without a key the provider cannot tell it from a new payment.',
      },
      {
        text: 'Every order, because nearly every call takes longer than 200 ms',
        explanation:
          'Healthy calls have a median of about 80 ms, so most finish within 200 ms and are answered once. Only the slow ones time out.',
      },
      {
        text: 'A number above zero: slow calls completed after the shop gave up',
        correct: true,
        explanation:
          'Yes. A call slower than 200 ms times out at the shop while the provider still completes it; the shop retries, and without an idempotency key the retry is charged as a new payment. Turn the keys on and the count drops to 0.',
      },
    ],
  },
  {
    id: 'five-hundred-outcome',
    objective: 5,
    section: 'idempotency-retrying-without-charging-twice',
    question:
      'A charge request sent with an idempotency key gets a `500 Internal Server Error` back. What do you know, and what should the checkout do?',
    choices: [
      {
        text: 'It did not charge, since a 5xx means it failed: retry it with a new key',
        explanation:
          'A 500 says something went wrong at the provider, not that nothing happened: the charge may have gone through before the error. A new key removes the only protection against charging twice.',
      },
      {
        text: 'Outcome unknown: retry with the same key, then check with the provider',
        correct: true,
        explanation:
          'Yes. Stripe’s documentation, for instance, saves the first response for a key once execution begins and replays it on retries, including a 500. So retry with the same key, and if errors persist, look up the payment (reconcile) before charging anew or telling the customer it failed.',
      },
      {
        text: 'The card was declined: show the customer that the payment failed',
        explanation:
          'A decline is a definite answer, sent as a 4xx error with a reason (Stripe uses 402 with a decline code). A 500 is the provider saying it failed internally, which tells you nothing certain about the card or the charge.',
      },
      {
        text: 'It charged, since the request arrived: mark the order as paid',
        explanation:
          'Arriving is not completing. The provider may have failed before or after charging; only looking the payment up tells you which.',
      },
    ],
  },
  {
    id: 'key-lifetime',
    objective: 5,
    section: 'idempotency-retrying-without-charging-twice',
    question:
      'A charge timed out on Monday. On Wednesday a background job retries it with the same idempotency key, at a provider that works like Stripe. What protects the customer from being charged twice?',
    choices: [
      {
        text: 'The key does: the provider keeps every key it has seen for good',
        explanation:
          'Keys are not kept forever. Stripe documents that keys can be removed once they are at least 24 hours old, and a reused key after that is treated as a new request.',
      },
      {
        text: 'A fresh key does, because the old one may be confused with Monday’s charge',
        explanation:
          'A fresh key guarantees the provider treats the retry as a new payment, which is exactly how a second charge happens if Monday’s went through.',
      },
      {
        text: 'Not the key: it may be pruned by now, so first look up Monday’s charge',
        correct: true,
        explanation:
          'Yes. An idempotency key protects retries within its lifetime (24 hours or more at Stripe). After that, reconcile: ask the provider whether Monday’s payment exists before trying again.',
      },
      {
        text: 'The provider’s rule that an amount is charged once per customer',
        explanation:
          'No such rule exists, and it would be wrong: one customer can rightly pay the same amount twice for two orders. Only a key, or your own reconciliation, ties a retry to one payment.',
      },
    ],
  },
];

export default quiz;
