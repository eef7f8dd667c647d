/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'What is horizontal scaling?',
    choices: [
      {
        text: 'Running the application on more machines of ordinary size, sharing the requests between them',
        correct: true,
        explanation:
          'Yes: “scaling out”. Capacity grows by adding machines rather than by growing one, and a load balancer spreads the requests over them.',
      },
      {
        text: 'Replacing the server with a machine that has more cores and RAM',
        explanation: 'That is vertical scaling, “scaling up”: the previous chapter.',
      },
      {
        text: 'Splitting the application’s code into several services',
        explanation:
          'That is a design choice (microservices) and can be combined with scaling, but it does not by itself add capacity: you can run several copies of a monolith, or one copy of each service.',
      },
      {
        text: 'Moving the database to a faster disk',
        explanation: 'That makes one component faster; it adds no machines to share the work.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'At peak, 600 requests per second arrive; each needs 20 ms of CPU. Servers have 2 cores and must stay at or below 70 % busy, even with one server down. How many servers?',
    choices: [
      {
        text: '10',
        correct: true,
        explanation:
          'Busy cores at peak: 600 × 0.020 = 12. Each server offers 2 × 0.70 = 1.4 usable cores: 12 ÷ 1.4 = 8.6, so 9 servers carry the peak. One spare for a failure makes 10; if one fails, the other 9 are 12 ÷ 18 = 67 % busy.',
      },
      {
        text: '6',
        explanation:
          '12 busy cores ÷ 2 cores = 6 servers is the fleet at 100 % with nothing spare: any burst queues, and any failure overloads the rest.',
      },
      {
        text: '9',
        explanation:
          'Nine servers carry the peak at 67 % with all of them up. Lose one and the other eight are at 12 ÷ 16 = 75 %, above the target: N+1 needs the spare on top.',
      },
      {
        text: '16',
        explanation:
          'That works but is far more than needed: at peak the servers would be under 40 % busy, paid for and idle.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'Your servers keep the logged-in user in memory (a session). You go from one server to four behind round robin. What happens?',
    choices: [
      {
        text: 'Users seem to be logged out at random: their next request often reaches a server that has never seen their session',
        correct: true,
        explanation:
          'Each server has its own memory. For horizontal scaling servers should be stateless: sessions, carts and uploads go to a shared store (a database, a cache such as Redis, object storage) that every server can read.',
      },
      {
        text: 'Nothing: the servers share their memory through the load balancer',
        explanation:
          'Load balancers forward requests; they do not copy memory between servers. Each server only knows what it holds itself.',
      },
      {
        text: 'Everything works, but four times slower',
        explanation:
          'Speed is not the problem here; correctness is. Requests for the same user land on servers that do not have that user’s data.',
      },
      {
        text: 'The sessions are copied to all four servers automatically',
        explanation:
          'Nothing copies them unless you build it. The usual fix is not to copy them at all but to keep them outside the servers.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'Same 16 cores, two ways: one xlarge machine ($0.50/h) or sixteen micro ones ($0.32/h together). Which is true?',
    choices: [
      {
        text: 'The sixteen cost less and a failure takes away only 1/16 of the capacity, but at the same load their latency is a little higher',
        correct: true,
        explanation:
          'Small machines are cheaper per core, and one failure costs 6 % of capacity instead of 100 %. But sixteen separate queues share work less well than one machine’s sixteen cores sharing one queue: in the simulation p95 at 60 % load is about 85 ms against 60 ms.',
      },
      {
        text: 'The single big machine is better in every way',
        explanation:
          'It has the lowest latency, but it costs more per core and its failure takes the whole service down.',
      },
      {
        text: 'The sixteen small machines are better in every way',
        explanation:
          'They win on price and on failures, but every request still runs on one core of one small machine, and separate queues balance less well than one shared queue: latency is a little higher.',
      },
      {
        text: 'They are identical: 16 cores are 16 cores',
        explanation:
          'The same cores at a different price, with a different blast radius when a machine fails, and a different queueing behaviour.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'Traffic doubles within a second. Your autoscaler checks every 10 s, and a new server needs 10 s to boot. What do users see?',
    choices: [
      {
        text: 'Slow responses (or errors) for about 20 s, until the new servers are serving: the fleet must have enough headroom to absorb that',
        correct: true,
        explanation:
          'The autoscaler notices the spike at the end of the interval, then the servers boot. Until then the old fleet carries double the load. That is why fleets target 50–70 % utilisation, not 95 %.',
      },
      {
        text: 'Nothing: autoscaling reacts instantly',
        explanation:
          'Nothing is instant: metrics are collected over an interval, decisions are made periodically, and machines take from seconds (containers) to minutes (virtual machines) to start.',
      },
      {
        text: 'The autoscaler rejects the extra requests',
        explanation:
          'An autoscaler changes the number of servers; it does not route requests. Overloaded servers may refuse requests once their queues are full.',
      },
      {
        text: 'The load balancer makes the existing servers faster',
        explanation: 'A load balancer can only choose between the servers it has.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'What is “flapping”, and how do autoscalers avoid it?',
    choices: [
      {
        text: 'Adding and removing servers back and forth on small changes in traffic; avoided by shrinking only after the lower demand has lasted a while',
        correct: true,
        explanation:
          'Each flap boots servers (paid for, not yet useful) that are removed soon after, and may leave the fleet short when traffic comes back. Scale-in cooldowns or stabilisation windows (Kubernetes waits five minutes by default) and a gap between the grow and shrink thresholds prevent it.',
      },
      {
        text: 'A server crashing and restarting repeatedly; avoided with health checks',
        explanation:
          'That is a crash loop. Health checks keep traffic away from such a server, but flapping is about the fleet size going up and down.',
      },
      {
        text: 'The load balancer switching strategies; avoided by fixing one',
        explanation:
          'Strategies do not switch by themselves; flapping is about the number of servers.',
      },
      {
        text: 'Traffic arriving in bursts; avoided with a queue',
        explanation:
          'Bursty traffic can cause flapping if the autoscaler reacts to every burst, but the flapping is the autoscaler’s behaviour, and the fix is in the policy.',
      },
    ],
  },
  {
    id: 'q7',
    objective: 1,
    section: '',
    question:
      'In 2023 Amazon Prime Video’s team described moving its audio and video monitoring service from distributed serverless components to a single application. What did the move show?',
    choices: [
      {
        text: 'That for some workloads a simpler, monolithic design scales well enough and costs far less: they cut the service’s infrastructure cost by over 90 %',
        correct: true,
        explanation:
          'Passing every video frame between many small distributed components cost more in orchestration and data transfer than the work itself. Running the steps in one process removed that overhead; the monolith still runs as several copies to scale.',
      },
      {
        text: 'That horizontal scaling does not work',
        explanation:
          'They still run many copies of the new application. The lesson is about how finely to split a system, not about abandoning scaling out.',
      },
      {
        text: 'That every system should be a single big machine',
        explanation:
          'It was one service with a specific shape of work. The lesson is to choose the architecture for the workload and measure, not to follow a fashion either way.',
      },
      {
        text: 'That microservices are always cheaper',
        explanation:
          'It showed the opposite for that service: the distributed version cost ten times more.',
      },
    ],
  },
];

export default quiz;
