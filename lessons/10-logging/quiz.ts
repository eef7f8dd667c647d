/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'minimum-level',
    objective: 1,
    section: 'what-servers-log',
    question:
      'A server’s minimum log level is `warn`. In one second it serves a request normally (an `info` line), retries a slow query that then succeeds (a `warn` line) and dumps a cart for developers (a `debug` line). Which lines are written?',
    choices: [
      {
        text: 'All three: the level is only a label that the log service filters on',
        explanation:
          'The minimum level is applied where the line is produced: below it, nothing is written at all. That is why it saves so much volume and money.',
      },
      {
        text: 'The info and warn lines, because only debug is switched off in production',
        explanation:
          'That reverses the order of levels. From least to most serious they are debug, info, warn, error; a minimum of warn drops both debug and info.',
      },
      {
        text: 'Only the warn line: a minimum of warn drops debug and info',
        correct: true,
        explanation:
          'Yes. The server writes lines at the minimum level and above (warn and error here). Many production services run at info instead, to keep a line per request.',
      },
      {
        text: 'The warn line and the lines of the same request, to give it context',
        explanation:
          'Levels are applied line by line; a logger does not pull in lower-level lines because a warning followed. A request id on every line is what lets you gather a request’s story later.',
      },
    ],
  },
  {
    id: 'request-id-field',
    objective: 2,
    section: 'structured-log-lines',
    question: 'Why does every log line about a request carry the request’s id as a field?',
    choices: [
      {
        text: 'So the log service can drop duplicate lines that share an id',
        explanation:
          'Many lines share a request id on purpose: one per step of that request. Deduplication is not what the id is for.',
      },
      {
        text: 'So one search gathers the request’s whole story, across servers',
        correct: true,
        explanation:
          'Yes. A request touches the load balancer, a server, the database and the payment API, often on different machines. Searching for `requestId = 4711` brings every line of its story together, in time order.',
      },
      {
        text: 'So lines are kept in the order the requests arrived in',
        explanation:
          'Order comes from the time field (ISO 8601 in UTC sorts as text). The request id links lines that belong together, whatever their order.',
      },
      {
        text: 'So a request’s lines can be deleted together once it has succeeded',
        explanation:
          'Logs are kept for a retention period, successful requests included: the story of a request that worked is what you compare a failing one with.',
      },
    ],
  },
  {
    id: 'stack-trace-one-line',
    objective: 2,
    section: 'structured-log-lines',
    question:
      'An error’s message holds a 12-line stack trace. The server writes it as one JSON object with `JSON.stringify`, one object per line. How many lines does the log service receive for this error?',
    choices: [
      {
        text: '12, one for each line of the stack trace',
        explanation:
          'That happens when the trace is written as plain text: each newline ends a line, and the log service sees 12 unrelated fragments. JSON encodes the newlines inside the string.',
      },
      {
        text: '13: the message line, then the 12 trace lines',
        explanation:
          'Only plain-text logging splits the message at its newlines. Inside a JSON string a newline is written as the two characters `\\n`.',
      },
      {
        text: '1, because JSON escapes the newlines in the string as `\\n`',
        correct: true,
        explanation:
          'Yes. `JSON.stringify` escapes newlines (and quotes) in strings, so the whole event stays on one line and the log service keeps it as one record, with its fields queryable.',
      },
      {
        text: 'None: a JSON string cannot hold a value that contains newlines at all',
        explanation:
          'A JSON string can hold any text; control characters such as newlines are written as escapes. Nothing is lost.',
      },
    ],
  },
  {
    id: 'replaced-instance-logs',
    objective: 3,
    section: 'logs-on-the-server-die-with-the-server',
    question:
      'A cloud server crashes and its autoscaling group replaces it with a new instance started from the machine image. The server wrote its logs to `app.log` on its own disk. Where are the errors from its last minutes?',
    choices: [
      {
        text: 'On the new instance, which takes over the old one’s name and files',
        explanation:
          'A replacement starts from the clean machine image: it gets the name or address of a new machine, not the old machine’s files.',
      },
      {
        text: 'In the load balancer’s log, which records everything servers write',
        explanation:
          'A load balancer can log the requests it forwards and their status codes, but not what the server wrote about them, such as which dependency failed and why.',
      },
      {
        text: 'Nowhere: on the old instance’s disk, which was deleted with it',
        correct: true,
        explanation:
          'Yes, as a rule: a replaced instance’s local disk goes away with it, and with it the lines that explain the crash. Shipping logs off the machine as they are written is what keeps them.',
      },
      {
        text: 'Still on the old disk, which is kept until someone reads it',
        explanation:
          'Nobody keeps the disks of replaced instances by default; they are deleted or reused. And even a surviving disk is of no use while the machine is unreachable.',
      },
    ],
  },
  {
    id: 'agent-disk-buffer',
    objective: 3,
    section: 'how-shipping-works-and-what-it-still-loses',
    question:
      'The app writes each log line to stdout. A separate agent on the same machine reads the lines and ships them in batches, keeping unsent lines in a buffer on the local disk. Which of these failures loses the lines the agent has not shipped yet?',
    choices: [
      {
        text: 'The app process crashes, taking the agent’s buffer along with it',
        explanation:
          'The agent is a separate process with its own buffer on disk; it keeps running and ships what it has read. A crash losing only the shipper’s buffer is true of a shipper inside the app, not of an agent.',
      },
      {
        text: 'The network to the log service is down for a minute',
        explanation:
          'That is what the disk buffer is for: the agent keeps the lines and sends them when the network is back, as long as the buffer does not fill up.',
      },
      {
        text: 'None of them: a buffer on disk survives every failure',
        explanation:
          'A disk buffer survives process crashes and restarts, but it is still on this machine. If the machine goes, so does its disk.',
      },
      {
        text: 'The machine is terminated and replaced, local disk and all',
        correct: true,
        explanation:
          'Yes. The disk buffer survives the app crashing and the network failing, but not the loss of the machine that holds it. What a crash loses depends on where the unsent lines wait.',
      },
    ],
  },
  {
    id: 'quiet-server-loss',
    kind: 'number',
    objective: 4,
    section: 'how-shipping-works-and-what-it-still-loses',
    question:
      'A shipper inside the server process uses batch size 100 and flush interval 2 s. The server writes a steady 20 lines per second. It crashes; the network and the log service stay up. At most, how many lines are lost?',
    answer: 40,
    tolerance: 1,
    unit: 'lines',
    solution:
      'In 2 s the server writes 20 × 2 = 40 lines, fewer than the batch size, so the buffer never fills: it is shipped by the flush interval. The worst moment to crash is just before a flush, with 2 s of lines buffered: about 40 lines. Batches already sent arrive, because the network and the log service did not crash. The quiet server is protected by the flush interval, not by the batch size.',
    misconceptions: [
      {
        answer: 99,
        explanation:
          'That is the most a full-enough buffer can hold (batch size − 1), which binds only when lines arrive faster than 100 per flush interval. At 20 per second the flush comes first.',
      },
      {
        answer: 20,
        explanation:
          'That is one second of lines. The buffer is flushed every 2 s, so it can hold 2 s of lines when the crash comes.',
      },
    ],
  },
  {
    id: 'shipping-delay-and-loss',
    kind: 'predict',
    objective: 4,
    section: 'how-shipping-works-and-what-it-still-loses',
    simulation: 'logging/crash-logs',
    setup:
      'Keep logs shipped to a log service, batch size 100 and flush interval 1,000 ms. Run once with the shipping delay at 50 ms and note “Lines lost in the crash”, then set the shipping delay to 2,000 ms and predict before running again.',
    question: 'What will “Lines lost in the crash” show with a 2,000 ms shipping delay?',
    choices: [
      {
        text: 'Many more: two seconds of batches in transit die with the server',
        explanation:
          'A batch in transit has left the server; the network and the log service did not crash, so it arrives, just later. Only what is still in the buffer dies with the server.',
      },
      {
        text: 'The same as with 50 ms: batches already sent still arrive',
        correct: true,
        explanation:
          'Yes. Loss depends on what sits in the buffer at the crash, which the batch size, the flush interval and the log volume decide. The shipping delay only changes how soon you can read the lines.',
      },
      {
        text: 'Fewer, because lines wait in transit instead of in the buffer',
        explanation:
          'The shipping delay starts after a batch leaves the buffer; it does not empty the buffer any sooner. The buffer holds the same lines either way.',
      },
      {
        text: 'None at all: the longer delay gives the shipper time to finish',
        explanation:
          'The shipper dies with the server at the moment of the crash; no delay downstream gives it more time. The unsent buffer is lost either way.',
      },
    ],
  },
  {
    id: 'cheapest-flush-interval',
    kind: 'number',
    objective: 5,
    section: 'tuning-a-shipper',
    question:
      'A shipper must lose at most 50 lines in a crash, and every line must be searchable within 3,000 ms of being written. A batch takes 500 ms to reach the log service. To send as few batches as possible, what is the longest flush interval you can use?',
    answer: 2500,
    tolerance: 0,
    unit: 'ms',
    solution:
      'A line can wait up to one flush interval in the buffer, then travel for the shipping delay: flush interval + 500 ms ≤ 3,000 ms, so the flush interval is at most 2,500 ms. The loss limit is met by the batch size (at most 50, or 51, since a full buffer ships at once and never holds more than batch size − 1 lines). The largest batch and the longest interval the limits allow send the fewest batches.',
    misconceptions: [
      {
        answer: 3000,
        explanation:
          'That forgets the trip: a line flushed at the last moment still needs 500 ms to reach the log service. Freshness is flush interval + shipping delay.',
      },
      {
        answer: 500,
        explanation:
          'That is the shipping delay itself. The flush interval is how long a line may wait before it leaves, and what is left of the 3,000 ms after the trip is 2,500 ms.',
      },
    ],
  },
];

export default quiz;
