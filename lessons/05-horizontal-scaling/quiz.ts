/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'failover-who-sees-errors',
    objective: 1,
    section: 'scaling-out-many-machines-share-the-load',
    question:
      'Four servers behind a load balancer with health checks share the traffic, and one of them crashes. Who sees an error?',
    choices: [
      {
        text: 'Only requests on it or sent to it before the checks noticed',
        correct: true,
        explanation:
          'Right. That is failover: once the health checks fail, the load balancer sends that server’s share to the other three. With one big machine the same crash is a full outage.',
      },
      {
        text: 'Every user, until someone restarts the crashed server by hand',
        explanation:
          'The misconception that a fleet fails like one machine. The load balancer stops sending requests to a server whose health checks fail; nobody has to act.',
      },
      {
        text: 'Nobody at all: requests move to another server with no errors',
        explanation:
          'The misconception that failover is instant and lossless. Requests in progress on the crashed server fail, and so do those sent to it before the health checks notice.',
      },
      {
        text: 'A quarter of all users, for as long as the server stays down',
        explanation:
          'The misconception that each user is tied to one server for good. After the checks notice, the dead server gets no more requests: its share goes to the others.',
      },
    ],
  },
  {
    id: 'sessions-in-memory',
    objective: 2,
    section: 'it-takes-engineering',
    question:
      'An app kept each user’s login session in its server’s memory. It now runs on four servers behind a round-robin load balancer. What do users notice?',
    choices: [
      {
        text: 'They look logged out at random: a request reaches a server without their session',
        correct: true,
        explanation:
          'Right. Any server may get any request, so the session must live where all servers can read it: a database or a shared cache such as Redis. Then the servers are stateless.',
      },
      {
        text: 'Nothing: the load balancer keeps each server’s memory in step with the others',
        explanation:
          'The misconception that a load balancer shares state. It only forwards requests; each server’s memory is its own.',
      },
      {
        text: 'Everything works, but every request takes about four times as long as before',
        explanation:
          'The misconception that the problem is speed. Requests are as fast as ever; the problem is correctness, a session that is on another server.',
      },
      {
        text: 'Nothing: each user is sent to the same server for good, since round robin remembers',
        explanation:
          'The misconception that round robin is sticky. It takes turns request by request, so a user’s next request usually goes to another server.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'servers-n-plus-one',
    objective: 3,
    section: 'how-many-servers-n1',
    question:
      'A peak of 900 requests per second, each needing 20 ms of CPU, runs on servers with 2 cores each, never more than 70 % busy, and must survive one server failing. How many servers?',
    answer: 14,
    tolerance: 0,
    unit: 'servers',
    solution:
      'Busy cores at peak: 900 × 0.020 = 18. Usable cores per server: 2 × 0.70 = 1.4. N = ⌈18 ÷ 1.4⌉ = ⌈12.9⌉ = 13, plus one spare: 14. With one down, 13 remain, each 18 ÷ 26 = 69 % busy.',
    misconceptions: [
      {
        answer: 13,
        explanation:
          'That carries the peak with every server up, and not one more. Add a spare (N+1) so that losing any one server keeps the others under 70 %.',
      },
      {
        answer: 10,
        explanation:
          'That is 18 ÷ 2 = 9 plus a spare: servers filled to 100 %. Each may only be 70 % busy, so it offers 1.4 cores, not 2.',
      },
      {
        answer: 12,
        explanation:
          'That rounds 12.9 down. A fraction of a server is a whole server: round up to 13, then add the spare.',
      },
    ],
  },
  {
    kind: 'predict',
    id: 'two-of-four-crash',
    objective: 3,
    section: 'a-fleet-under-failure',
    simulation: 'horizontal-scaling/fleet',
    setup: 'Servers 4, traffic 240 req/s, failure “Two servers crash at 15 s, back at 30 s”.',
    question:
      'With one crash, p95 stays under about 100 ms and under 1 % of requests are lost. What happens when two of the four crash?',
    choices: [
      {
        text: 'Two servers get 120 % of their capacity: p95 reaches seconds, requests are lost',
        correct: true,
        explanation:
          'Right. 240 req/s on 2 servers of 100 req/s is more than they can do, so queues fill until the others return. N+1 covers one failure, not two.',
      },
      {
        text: 'About the same as one crash: the balancer spreads the load over the two left',
        explanation:
          'The misconception that failover creates capacity. Spreading 240 req/s over two servers of 100 req/s each still overloads them.',
      },
      {
        text: 'Errors only in the two seconds before the health checks notice, then all is well',
        explanation:
          'The misconception that detection is the only cost of a failure. Once noticed, the dead servers get no requests, but the survivors cannot carry all of them.',
      },
      {
        text: 'Every request fails while they are down, as with one big machine',
        explanation:
          'The misconception that losing half is losing all. The two survivors keep answering near their full capacity; the excess queues and is lost.',
      },
    ],
  },
  {
    id: 'one-big-or-sixteen-small',
    objective: 4,
    section: 'one-big-machine-or-many-small-ones',
    question:
      'Compare one 16-core machine with sixteen 1-core machines behind a load balancer, at the same load. Which is true?',
    choices: [
      {
        text: 'A failure costs the fleet only 1/16, but its latency is a little higher',
        correct: true,
        explanation:
          'Right. Sixteen separate queues balance work less well than one queue shared by 16 cores, so p95 is a little higher; in exchange a failure costs a sixteenth, not everything.',
      },
      {
        text: 'The single machine is better in every way: one queue, one bill, nothing to balance',
        explanation:
          'The misconception that simpler is always better. One machine is one failure away from a full outage, and it has a ceiling.',
      },
      {
        text: 'The sixteen small machines are better in every way: cheaper, safer and faster',
        explanation:
          'The misconception that scaling out has no price. Separate queues make the tail a little slower, and a fleet needs a load balancer, health checks and stateless servers.',
      },
      {
        text: 'They are the same: sixteen cores are sixteen cores however they are packaged',
        explanation:
          'The misconception that only the core count matters. How cores share a queue changes latency, and how they share a machine changes what one failure takes away.',
      },
    ],
  },
  {
    id: 'spike-before-new-servers',
    objective: 5,
    section: 'autoscaling-follow-the-traffic',
    question:
      'Traffic doubles within a few seconds. The autoscaler reacts at once, and new servers need 20 s to boot and start serving. What do users see meanwhile?',
    choices: [
      {
        text: 'Slow answers or errors until new servers serve, unless there is headroom',
        correct: true,
        explanation:
          'Right. Until new servers are up, the ones already running carry the spike. Headroom (a target such as 60 %) is what absorbs it.',
      },
      {
        text: 'Nothing: the autoscaler adds new servers exactly as fast as the traffic grows',
        explanation:
          'The misconception that autoscaling is instant. Metrics are averaged, decisions periodic, and a server takes seconds to minutes to boot.',
      },
      {
        text: 'The autoscaler turns away the extra requests until the servers are up',
        explanation:
          'The misconception that the autoscaler sits in the request path. It only changes the number of servers; requests keep going to the ones that exist.',
      },
      {
        text: 'The servers already running speed up to cover the extra requests',
        explanation:
          'The misconception that a server has spare speed on demand. Its capacity is cores ÷ service time; extra requests queue.',
      },
    ],
  },
  {
    id: 'flapping',
    objective: 5,
    section: 'autoscaling-follow-the-traffic',
    question: 'What is “flapping” in autoscaling, and how do autoscalers avoid it?',
    choices: [
      {
        text: 'Adding and removing servers back and forth on noise; avoided by waiting to shrink',
        correct: true,
        explanation:
          'Right. Growing fast and shrinking slowly (a stabilisation window, five minutes by default in Kubernetes’ Horizontal Pod Autoscaler) keeps noise from booting servers that are removed a minute later.',
      },
      {
        text: 'A server crashing and restarting over and over; avoided with health checks on every server',
        explanation:
          'The misconception that flapping is about one server. It is the fleet size going up and down; a crash loop is a different problem.',
      },
      {
        text: 'The load balancer switching strategies under load; avoided by fixing a single strategy',
        explanation:
          'The misconception that flapping is a load balancer behaviour. It is about the autoscaler’s decisions on the number of servers.',
      },
      {
        text: 'Traffic arriving in bursts; avoided by putting a queue in front of the servers',
        explanation:
          'The misconception that flapping is in the traffic. Bursty traffic is what makes a naive autoscaler flap; the cure is in the policy.',
      },
    ],
  },
  {
    id: 'when-one-machine-is-enough',
    objective: 5,
    section: 'when-one-machine-is-enough',
    question:
      'What did the Amazon Prime Video team report in 2023 after moving a stream-monitoring service from distributed serverless components into a single application?',
    choices: [
      {
        text: 'Its infrastructure cost fell by over 90 %, and it still runs as several copies to scale',
        correct: true,
        explanation:
          'Right. Passing every video frame between distributed components cost more than the work itself. The lesson: find where the costs are, then choose the simplest design that meets the load.',
      },
      {
        text: 'Horizontal scaling had failed, so they moved the whole service onto one large machine',
        explanation:
          'The misconception that the story is against scaling out. The monolith still runs as several copies; what they removed was the distribution of one job’s steps.',
      },
      {
        text: 'Serverless components were cheaper, so they split the application into even more of them',
        explanation:
          'The opposite of what happened. The orchestration and data transfers between components were the expensive part.',
      },
      {
        text: 'Every service at Amazon would move to a single machine, since monoliths are always cheaper',
        explanation:
          'The misconception that one case makes a law. The report is about one service whose steps exchanged large data; it generalises to “measure”, not to “never distribute”.',
      },
    ],
  },
];

export default quiz;
