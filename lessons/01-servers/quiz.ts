/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'Which of these best describes a server?',
    choices: [
      {
        text: 'A computer that runs code which answers requests sent by other computers',
        correct: true,
        explanation:
          'Yes. “Server” names a role, not a special kind of hardware: any computer running a program that waits for requests and answers them is a server, and the computer sending the requests is its client.',
      },
      {
        text: 'A particularly powerful computer that only large companies own',
        explanation:
          'Size is not what makes a server. A Raspberry Pi, your laptop or a rented virtual machine are all servers the moment they run code that answers requests.',
      },
      {
        text: 'The browser that shows a web page',
        explanation:
          'The browser is the client: it sends requests and shows the responses. The server is on the other side of the network.',
      },
      {
        text: 'The network cable between two computers',
        explanation:
          'The network carries requests and responses between client and server; it does not answer anything by itself.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A client sends GET /invoices/9 but your code has no such route. Which status should the response carry?',
    choices: [
      {
        text: '404 Not Found',
        correct: true,
        explanation:
          'Right: 4xx codes say the request cannot be served as asked, and 404 says precisely that nothing lives at this path.',
      },
      {
        text: '200 OK, with an error message in the body',
        explanation:
          '200 tells the client (and every cache and monitoring tool in between) that all went well. Clients and metrics read the status first, so an error hidden in a 200 body goes unnoticed.',
      },
      {
        text: '500 Internal Server Error',
        explanation:
          '5xx codes mean the server failed while handling a valid request, for example a bug or a lost database. Asking for a path that does not exist is the client’s mistake: 404.',
      },
      {
        text: '201 Created',
        explanation:
          '201 answers a request that created something, such as POST /orders. A GET creates nothing, and here nothing was found.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'A server with 1 core receives 30 requests per second, and each request needs 20 ms of CPU time. What is its utilisation?',
    choices: [
      {
        text: '0.6 (60 %)',
        correct: true,
        explanation:
          'ρ = λ·S / c = 30 /s × 0.020 s ÷ 1 = 0.6: the core is busy 600 ms of every second and idle the other 400 ms.',
      },
      {
        text: '600 (60 000 %)',
        explanation:
          'That is 30 × 20 without converting milliseconds to seconds. Rate is per second, so the service time must be in seconds too: 20 ms = 0.020 s.',
      },
      {
        text: '1.5',
        explanation:
          'That is 30 ÷ 20, which has no meaning here. Utilisation multiplies the rate by the work per request: 30 × 0.020 = 0.6.',
      },
      {
        text: '0.03',
        explanation:
          'That is 30 ÷ 1000: the arrival rate per millisecond, not the busy fraction. Each of those arrivals also needs 20 ms of work.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'Requests arrive at 120 per second and each needs 25 ms of CPU time. What is the smallest number of cores that keeps utilisation below 0.8?',
    choices: [
      {
        text: '4',
        correct: true,
        explanation:
          'The work arriving is 120 × 0.025 = 3 core-seconds per second. With 4 cores ρ = 3 ÷ 4 = 0.75, below 0.8; with 3 it would be exactly 1.',
      },
      {
        text: '3',
        explanation:
          'With 3 cores ρ = 3 ÷ 3 = 1: the cores would be busy all the time, the queue would never drain and latency would grow without limit.',
      },
      {
        text: '5',
        explanation:
          'Five cores work (ρ = 0.6) but one fewer also stays below 0.8, so 5 is not the smallest.',
      },
      {
        text: '30',
        explanation:
          'That is 120 ÷ 4 or a similar mix-up. Compute the work arriving per second (λ·S = 3 core-seconds per second), then divide by the cores.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'One core, service time 20 ms, random arrivals. Utilisation rises from 50 % to 90 %. Roughly what happens to the average response time?',
    choices: [
      {
        text: 'It grows about five-fold, from about 40 ms to about 200 ms',
        correct: true,
        explanation:
          'With random arrivals the average response time is about S ÷ (1 − ρ): 20 ÷ 0.5 = 40 ms at 50 %, 20 ÷ 0.1 = 200 ms at 90 %. The last few percent of utilisation cost the most.',
      },
      {
        text: 'It grows by the same factor as the load, 1.8×',
        explanation:
          'Latency is not proportional to load. Waiting time depends on 1 ÷ (1 − ρ), which goes from 2 to 10 between 50 % and 90 %.',
      },
      {
        text: 'It stays at 20 ms, because the server is not yet full',
        explanation:
          'It would, if requests arrived evenly spaced. Random arrivals come in bursts, and a burst queues behind a busy core long before the average load reaches 100 %.',
      },
      {
        text: 'It becomes infinite',
        explanation:
          'Only at 100 % or above does the queue grow without limit. At 90 % the queue drains between bursts, so the average is large but finite.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'A service reports “p95 latency: 300 ms”. What does that mean?',
    choices: [
      {
        text: '95 % of requests were answered within 300 ms; the slowest 5 % took longer',
        correct: true,
        explanation:
          'Yes: p95 is the 95th percentile. It describes what the unlucky users experience, which the average hides.',
      },
      {
        text: 'The average request took 300 ms',
        explanation:
          'That is the mean. With random arrivals the p95 is usually about three times the mean, so the two must not be confused.',
      },
      {
        text: '5 % of requests failed',
        explanation:
          'p95 is about how long answers took, not about errors. Failures are counted by the error rate.',
      },
      {
        text: 'The slowest request took 300 ms',
        explanation:
          'The slowest request is the maximum (p100). p95 leaves out the slowest 5 %, so some requests took longer than 300 ms.',
      },
    ],
  },
  {
    id: 'q7',
    objective: 1,
    section: '',
    question:
      'Your server keeps new orders in an array in memory. You deploy a new version of the code. What happens to the orders?',
    choices: [
      {
        text: 'They are gone: deploying restarts the program, and a new process starts with empty memory',
        correct: true,
        explanation:
          'Memory belongs to the running process. A deploy, a crash or a reboot ends it, so anything worth keeping must be written to persistent storage: a disk or, usually, a database.',
      },
      {
        text: 'They are kept, because the deploy copies the memory to the new version',
        explanation:
          'A deploy copies code, not the state of the running program. The new version starts from scratch.',
      },
      {
        text: 'They are kept as long as the server has enough RAM',
        explanation:
          'The amount of RAM does not matter: memory is freed when the process stops, however large it is.',
      },
      {
        text: 'Only the orders created during the deploy are lost',
        explanation:
          'All of them are lost, not just the latest: every order lived in the memory of the old process.',
      },
    ],
  },
];

export default quiz;
