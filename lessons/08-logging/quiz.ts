/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question:
      'A server crashes at 03:12 and is replaced by a fresh one. Its logs were written to a file on its own disk. What can you read the next morning?',
    choices: [
      {
        text: 'Nothing the old server wrote: its disk went with it, including the lines from just before the crash',
        correct: true,
        explanation:
          'A replaced cloud server comes back with a fresh disk, and even a server that only rebooted may be unreachable while you need it. The lines that explain the crash are exactly the ones that die with it.',
      },
      {
        text: 'Everything: files on disk survive a crash',
        explanation:
          'A file survives a process crash only if the same machine, with the same disk, comes back and you can still log in to it. When the instance is replaced, or the disk fails, the file is gone.',
      },
      {
        text: 'Only the error lines, because errors are written first',
        explanation:
          'Log levels decide what is written, not what survives. Every line on the lost disk is lost, whatever its level.',
      },
      {
        text: 'The lines up to the last deploy',
        explanation:
          'Deploys have nothing to do with it: the lines live on one disk, and that disk is what was lost.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A shipper sends a batch whenever 100 lines are buffered, and at least every 2 s. The server writes 400 lines per second. At most how many lines does a crash lose?',
    choices: [
      {
        text: '99: the buffer is shipped the moment it holds 100 lines',
        correct: true,
        explanation:
          'At 400 lines/s the buffer fills every 0.25 s and ships, long before the 2 s timer. When the crash comes it holds at most 99 lines: the last quarter of a second.',
      },
      {
        text: '800: two seconds of lines',
        explanation:
          'That would be true without a batch size. A full buffer ships at once, so the timer never gets to wait 2 s at this volume.',
      },
      {
        text: '0: batches already sent are safe',
        explanation:
          'Sent batches are safe, but the lines still in the buffer have not been sent yet. Those are lost.',
      },
      {
        text: 'All of them, as with local logs',
        explanation:
          'Only the buffer lives on the server. Everything shipped earlier is stored by the log service, which did not crash.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question: 'Which of these is a structured log line?',
    choices: [
      {
        text: '{"time":"2026-11-25T09:00:01.234Z","level":"error","requestId":4711,"error":"api-timeout","durationMs":2003}',
        correct: true,
        explanation:
          'Every value is a named field, so a log service can filter (level = error), group (by error) and compute (p95 of durationMs) without guessing how the text was worded.',
      },
      {
        text: 'ERROR 09:00:01 request 4711 failed after 2003 ms (api timeout)',
        explanation:
          'Readable for a person, but a query has to parse the text with a pattern, and the pattern breaks the day someone rewords the message.',
      },
      {
        text: 'Something went wrong',
        explanation:
          'No time, no level, no request, no cause: nothing to search for and nothing to act on.',
      },
      {
        text: 'A stack trace printed over 40 lines',
        explanation:
          'Most log services treat each line as its own entry, so a multi-line trace is scattered into 40 fragments. Put it in one field of one structured line instead.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question: 'Why does each log line carry the request id?',
    choices: [
      {
        text: 'To find every line about one request, across servers and services, when a user reports a problem',
        correct: true,
        explanation:
          'A request may touch the load balancer, a server, the database and a payment API. Searching for its id gathers its whole story from thousands of unrelated lines.',
      },
      {
        text: 'To make the log lines unique, so none are lost',
        explanation:
          'Uniqueness does not protect against loss; shipping does. Several lines usually share one request id.',
      },
      {
        text: 'To count requests per second',
        explanation:
          'You could, but counting is the job of metrics, which are far cheaper than storing and scanning one line per request.',
      },
      {
        text: 'Because the log level needs it',
        explanation: 'Levels and request ids are independent fields.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'You lower the batch size from 500 to 10 lines on a server writing 1,000 lines per second. What is the cost?',
    choices: [
      {
        text: 'About 100 batches per second instead of 2: many more requests to the log service and more network overhead',
        correct: true,
        explanation:
          'A crash now loses at most 9 lines instead of 499, but each batch is a request with its own headers and processing. Shippers pick the largest batch the loss limit allows.',
      },
      {
        text: 'None: smaller batches are better in every way',
        explanation:
          'Smaller batches lose less in a crash, but 1,000 ÷ 10 = 100 requests per second per server is real load on the network and the log service.',
      },
      {
        text: 'The log lines arrive later',
        explanation: 'The opposite: a small batch fills sooner and leaves sooner.',
      },
      {
        text: 'More lines are lost in a crash',
        explanation: 'Fewer: at most batch size − 1 lines can be waiting in the buffer.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question:
      'A shipper flushes every 1,500 ms and a batch takes 300 ms to reach the log service. How old can a line be before anyone can search for it?',
    choices: [
      {
        text: 'Up to 1,800 ms: 1,500 ms waiting in the buffer plus 300 ms on the way',
        correct: true,
        explanation:
          'A line written just after a flush waits a whole interval for the next one, then travels. (A busy server fills its batches sooner, so its lines wait less.)',
      },
      {
        text: '300 ms, the shipping delay',
        explanation: 'That forgets the time the line waits in the buffer before its batch leaves.',
      },
      {
        text: '1,500 ms, the flush interval',
        explanation: 'That forgets the time the batch spends travelling to the log service.',
      },
      {
        text: 'It is searchable at once: logs are written instantly',
        explanation:
          'Written instantly to the server’s buffer, yes; searchable only once the batch has arrived at the log service.',
      },
    ],
  },
];

export default quiz;
