/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'what-makes-a-server',
    objective: 1,
    section: 'a-server-answers-requests',
    question: 'What makes a computer a server?',
    choices: [
      {
        text: 'It runs a program that waits for requests from other computers and answers them',
        correct: true,
        explanation:
          'Right. “Server” is a role: a laptop, a rented virtual machine or a rack in a data centre becomes a server the moment it runs a program that listens for requests and answers them.',
      },
      {
        text: 'It is a powerful machine in a data centre, built and sold for that one job',
        explanation:
          'The misconception that hardware makes a server. Size and location do not matter: a Raspberry Pi answering requests is a server, a huge idle machine is not.',
      },
      {
        text: 'It is the program in your browser that sends requests and shows the answers',
        explanation:
          'That mixes up the two ends. The browser is the client: it sends requests. The server is the computer on the other side of the network that answers them.',
      },
      {
        text: 'It stores the website’s files on its disk but runs none of your code itself',
        explanation:
          'The misconception that a server is only storage. A server runs code for every request (look up an order, check a password); storage is one of the things that code uses.',
      },
    ],
  },
  {
    id: 'wrong-method-known-path',
    objective: 2,
    section: 'requests-and-responses',
    question:
      'Your API answers POST /orders and nothing else at that path. A client sends GET /orders. Which response does HTTP prescribe?',
    choices: [
      {
        text: '405 Method Not Allowed, plus an Allow header that lists the POST method',
        correct: true,
        explanation:
          'Right. The path exists, the method is not supported there: RFC 9110 defines 405 for this and requires an Allow header listing the methods the resource does support.',
      },
      {
        text: '404 Not Found, because no route matches both the method and the path',
        explanation:
          'The misconception that a route is a (method, path) pair the client either hits or misses. 404 says nothing lives at this path, which is false here: something does, just not for GET.',
      },
      {
        text: '400 Bad Request, because the client asked for something it may not do',
        explanation:
          'The misconception that every client mistake is a 400. 400 means the server cannot understand the request (malformed syntax); this one is well formed, only its method is not supported.',
      },
      {
        text: '500 Internal Server Error, because the code has no handler for this case',
        explanation:
          'The misconception that a missing handler is a server failure. 5xx means the server failed on a valid request; asking with a method the path does not support is the client’s mistake, a 4xx.',
      },
    ],
  },
  {
    id: 'unknown-path-status',
    objective: 2,
    section: 'requests-and-responses',
    question:
      'A client sends GET /invoices/9, a path your code has no route for. Which status should the response carry?',
    choices: [
      {
        text: '404 Not Found',
        correct: true,
        explanation:
          'Right: 4xx says the request cannot be served as asked, and 404 says precisely that nothing lives at this path.',
      },
      {
        text: '200 OK, with the error in the body',
        explanation:
          'The misconception that the body is what counts. Clients, caches and monitoring read the status first: an error hidden in a 200 counts as a success in every metric.',
      },
      {
        text: '500 Internal Server Error',
        explanation:
          'The misconception that “my code had no answer” is a server failure. 5xx means the server failed on a valid request; a path that does not exist is the client’s mistake.',
      },
      {
        text: '204 No Content',
        explanation:
          'The misconception that “nothing to send” means “no content”. 204 is a success: the request worked and there is deliberately no body. Here nothing was found.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'utilisation-from-rate',
    objective: 3,
    section: 'utilisation-how-busy-is-the-cpu',
    question:
      'A server with 1 core receives 30 requests per second, and each request needs 20 ms of CPU time. What is its utilisation, in percent?',
    answer: 60,
    tolerance: 0.5,
    unit: '%',
    solution:
      'ρ = λ · S ÷ c = 30 /s × 0.020 s ÷ 1 = 0.6, that is 60 %: the core is busy 600 ms of every second and idle for the other 400 ms.',
    misconceptions: [
      {
        answer: 60000,
        explanation:
          'That is 30 × 20 = 600 with the milliseconds left unconverted. The rate is per second, so the service time must be in seconds too: 20 ms = 0.020 s.',
      },
      {
        answer: 150,
        explanation:
          'That is 30 ÷ 20. Utilisation multiplies the rate by the work each request brings, it does not divide them: 30 × 0.020 = 0.6.',
      },
      {
        answer: 3,
        explanation:
          'That is 30 ÷ 1000, the arrivals per millisecond. Each arrival also brings 20 ms of work: multiply by it.',
      },
    ],
  },
  {
    id: 'cores-for-headroom',
    objective: 3,
    section: 'utilisation-how-busy-is-the-cpu',
    question:
      'Requests arrive at 120 per second and each needs 25 ms of CPU time. What is the smallest number of cores that keeps utilisation below 0.8?',
    choices: [
      {
        text: '4 cores',
        correct: true,
        explanation:
          'Right. The work arriving is 120 × 0.025 = 3 core-seconds per second; 4 cores are busy 3 ÷ 4 = 75 % of the time, below 0.8. 3 cores would be busy all the time.',
      },
      {
        text: '3 cores',
        explanation:
          'The misconception that “enough to do the work” is enough. 3 cores give ρ = 3 ÷ 3 = 1: no slack for bursts, so the queue never drains and latency grows without limit.',
      },
      {
        text: '2 cores',
        explanation:
          'That is 3 × 0.8 = 2.4 rounded down: multiplying by the target instead of dividing by it. The cores needed are 3 ÷ 0.8 = 3.75, so 4.',
      },
      {
        text: '5 cores',
        explanation:
          'The misconception that headroom means one spare core on top of the rounded-up need. 5 cores work (ρ = 0.6), but 4 already stay below 0.8.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'workers-in-progress',
    objective: 4,
    section: 'workers-are-not-cores',
    question:
      'A server receives 200 requests per second. Each needs 10 ms of CPU, then waits 140 ms for a payment API. On average, how many requests are in progress, each holding a worker?',
    answer: 30,
    tolerance: 0.5,
    unit: 'requests',
    solution:
      'Little’s law: L = λ · W = 200 /s × (0.010 + 0.140) s = 30 requests in progress, so the pool needs more than 30 workers. The CPU meanwhile is only 200 × 0.010 = 2 cores busy: waiting holds a worker, not a core.',
    misconceptions: [
      {
        answer: 2,
        explanation:
          'That is 200 × 0.010: the CPU time only. A request holds its worker while it waits for the payment API too, so count its whole time in the server.',
      },
      {
        answer: 28,
        explanation:
          'That counts only the waiting. The request holds its worker for its CPU time as well: 10 + 140 = 150 ms.',
      },
      {
        answer: 30000,
        explanation:
          'That is 200 × 150 with the milliseconds left unconverted. Rate per second times time in seconds: 200 × 0.15 = 30.',
      },
    ],
  },
  {
    id: 'pool-full-cpu-idle',
    objective: 4,
    section: 'workers-are-not-cores',
    question:
      'A server’s pool of 8 worker threads is always full and requests queue for a thread, while its 4 cores are 20 % busy. Each request spends most of its time waiting for the database. What helps?',
    choices: [
      {
        text: 'A larger pool, sized by Little’s law: waiting holds threads, not cores',
        correct: true,
        explanation:
          'Right. The limit that runs out is concurrency, not CPU: arrival rate × time in the server says how many requests are in progress, and the pool must hold them all.',
      },
      {
        text: 'More cores: a full pool of threads shows that the CPU is what is running out',
        explanation:
          'The misconception that threads and cores are the same resource. The cores are 80 % idle; the requests wait for threads, which waiting requests hold without using a core.',
      },
      {
        text: 'Nothing: with the cores 80 % idle the server has capacity to spare',
        explanation:
          'The misconception that CPU utilisation is the only limit. Requests are queueing for a worker, so latency grows even though the CPU is idle.',
      },
      {
        text: 'Fewer threads, so that each one gets more of the CPU and finishes sooner',
        explanation:
          'The misconception that threads compete for CPU here. The CPU is mostly idle; fewer threads would only make the queue for a thread longer.',
      },
    ],
  },
  {
    id: 'latency-from-50-to-90',
    objective: 5,
    section: 'why-latency-explodes-near-100-',
    question:
      'One core, 20 ms of work per request on average, random arrivals. Utilisation rises from 50 % to 90 %. Roughly what happens to the average response time?',
    choices: [
      {
        text: 'It grows about five-fold, from about 40 ms to about 200 ms',
        correct: true,
        explanation:
          'Right. In this model the average response time is S ÷ (1 − ρ): 20 ÷ 0.5 = 40 ms at 50 %, 20 ÷ 0.1 = 200 ms at 90 %. The last stretch of utilisation costs the most.',
      },
      {
        text: 'It grows 1.8-fold, in step with the load, from about 40 to 72 ms',
        explanation:
          'The misconception that latency is proportional to load. Response time grows with 1 ÷ (1 − ρ), which goes from 2 to 10 between 50 % and 90 %: five-fold, not 1.8-fold.',
      },
      {
        text: 'It stays near 20 ms until the core is completely full',
        explanation:
          'The misconception that queues form only at 100 %. That holds for evenly spaced, identical requests; random arrivals come in bursts, and bursts queue long before the average load is full.',
      },
      {
        text: 'It grows without limit: above 80 % the queue never drains',
        explanation:
          'The misconception that 80 % is a hard limit. Only at 100 % or more does the queue grow for ever; at 90 % it drains between bursts, so the average is high but finite.',
      },
    ],
  },
  {
    kind: 'predict',
    id: 'steady-arrivals-p95',
    objective: 5,
    section: 'why-latency-explodes-near-100-',
    simulation: 'servers/one-server',
    setup:
      'Arrival rate 45 req/s, service time 20 ms, 1 core (90 % busy). Then switch Randomness to “Evenly spaced, identical work”.',
    question:
      'With random traffic, p95 at 90 % load is several hundred milliseconds. What will p95 be with evenly spaced arrivals and identical work?',
    choices: [
      {
        text: 'About 20 ms, the bare service time: no request ever waits',
        correct: true,
        explanation:
          'Right. A request every 22 ms that takes exactly 20 ms is always done before the next one arrives, so nothing queues until the load reaches 100 %. Randomness, not load alone, makes queues.',
      },
      {
        text: 'Still several hundred ms: the core is 90 % busy either way',
        explanation:
          'The misconception that utilisation alone sets the queue. The same 90 % load makes long queues only when arrivals come in bursts and some requests take longer than others.',
      },
      {
        text: 'About half the random value: only part of the queueing goes away',
        explanation:
          'The misconception that some queueing always remains below full load. With no bursts and no long requests there is nothing to queue behind: the wait is zero, not half.',
      },
      {
        text: 'Higher than before: a steady stream never gives the core a pause',
        explanation:
          'The misconception that pauses between bursts are what keep latency low. Evenly spaced requests leave a 2 ms pause after every one, and no request ever finds the core busy.',
      },
    ],
  },
  {
    id: 'what-p95-means',
    objective: 5,
    section: 'why-latency-explodes-near-100-',
    question: 'A service reports “p95 latency: 300 ms”. What does that mean?',
    choices: [
      {
        text: '95 % of requests took at most 300 ms; the slowest 5 % took longer',
        correct: true,
        explanation:
          'Right: p95 is the 95th percentile of the requests’ latencies. It describes what the unlucky users see, which the average hides.',
      },
      {
        text: 'The average request took 300 ms, and 95 % of the requests succeeded',
        explanation:
          'The misconception that a percentile is an average. The mean is another statistic; how far p95 lies above it depends on the distribution (about 3× for the exponential response times of one random queue, not in general).',
      },
      {
        text: 'No request took longer than 300 ms in 95 % of the minutes measured',
        explanation:
          'The misconception that p95 counts time windows. It ranks requests: of all the requests measured, 95 % were at or under 300 ms.',
      },
      {
        text: 'The slowest request took 300 ms, so no user waited any longer',
        explanation:
          'The misconception that p95 is the maximum. The maximum is p100; p95 leaves out the slowest 5 %, which took longer than 300 ms.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'littles-law-in-server',
    objective: 5,
    section: 'throughput-and-latency-are-different-things',
    question:
      'Requests arrive at 40 per second and the average latency is 100 ms. On average, how many requests are inside the server (waiting or being served)?',
    answer: 4,
    tolerance: 0.05,
    unit: 'requests',
    solution:
      'Little’s law: L = λ · W = 40 /s × 0.100 s = 4 requests. On one core at ρ = 0.8, that is on average 0.8 being served and 3.2 waiting.',
    misconceptions: [
      {
        answer: 4000,
        explanation:
          'That is 40 × 100 with the milliseconds left unconverted. Rate per second times time in seconds: 40 × 0.1 = 4.',
      },
      {
        answer: 1,
        explanation:
          'The misconception that only the request on the core counts. Little’s law counts every request in the system, the waiting ones too.',
      },
      {
        answer: 0.4,
        explanation:
          'That is 40 ÷ 100: dividing the rate by the latency. Little’s law multiplies them: L = λ · W.',
      },
    ],
  },
  {
    id: 'overloaded-throughput',
    objective: 5,
    section: 'throughput-and-latency-are-different-things',
    question:
      'A server can complete at most 50 requests per second. Traffic rises to 60 per second and stays there. What happens?',
    choices: [
      {
        text: 'It completes about 50 /s; the rest queue until the queue fills, then are dropped',
        correct: true,
        explanation:
          'Right. Past capacity the server cannot complete more: the extra 10 requests per second pile up, every new request waits longer, and once the queue is full the excess is refused.',
      },
      {
        text: 'Throughput rises to 60 /s, and every request takes about 20 % longer to be answered',
        explanation:
          'The misconception that a server speeds up when asked to. Its capacity is cores ÷ S; more arrivals add waiting, not throughput, and latency grows far more than 20 %.',
      },
      {
        text: 'Throughput drops to zero at once: an overloaded server stops answering',
        explanation:
          'The misconception that overload is a crash. The server goes on completing about 50 requests per second; the rest wait or are dropped.',
      },
      {
        text: 'Throughput and latency stay as they were; the extra requests wait outside',
        explanation:
          'The misconception that waiting is free. Every request joins the same queue, so the waiting time of all of them grows, not only that of the extra ten.',
      },
    ],
  },
  {
    id: 'orders-in-memory-deploy',
    objective: 6,
    section: 'why-a-server-needs-persistent-storage',
    question:
      'Your server keeps new orders in an array in memory. You deploy a new version of the code. What happens to the orders?',
    choices: [
      {
        text: 'They are lost: the new process starts with empty memory',
        correct: true,
        explanation:
          'Right. Memory belongs to the running process; a deploy, a crash or a reboot ends it. Anything worth keeping goes to persistent storage, usually a database.',
      },
      {
        text: 'They survive: the deploy hands the memory to the new version',
        explanation:
          'The misconception that a deploy migrates state. It copies code, not the state of the running program; the new version starts from nothing.',
      },
      {
        text: 'They survive while the machine has enough free RAM',
        explanation:
          'The misconception that RAM size decides. However large it is, a process’s memory is freed when the process stops.',
      },
      {
        text: 'Only the orders placed during the deploy are lost',
        explanation:
          'The misconception that only in-flight work is at risk. Every order lived in the old process’s memory, so all of them go with it.',
      },
    ],
  },
];

export default quiz;
