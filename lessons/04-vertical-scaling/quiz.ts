/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'what-is-vertical-scaling',
    objective: 1,
    section: 'scaling-up-the-same-server-a-bigger-machine',
    question: 'What is vertical scaling?',
    choices: [
      {
        text: 'Moving the application to a bigger machine: more or faster cores, more RAM',
        correct: true,
        explanation:
          'Right. The machine changes, the architecture does not: still one server, now with more resources.',
      },
      {
        text: 'Adding more machines of the same size and sharing the requests out between them',
        explanation:
          'That is horizontal scaling (scaling out), the next chapter. Vertical scaling keeps one machine and makes it bigger.',
      },
      {
        text: 'Rewriting the code so that each request needs less CPU time than it did before',
        explanation:
          'The misconception that any capacity gain is scaling. Cheaper code raises capacity too, but it is optimisation: the machine stays the same.',
      },
      {
        text: 'Moving the database off the app server onto a machine of its own, next to it',
        explanation:
          'The misconception that splitting the stack is scaling up. It separates the parts; each part still runs on one machine of some size.',
      },
    ],
  },
  {
    id: 'single-threaded-more-cores',
    objective: 1,
    section: 'scaling-up-the-same-server-a-bigger-machine',
    question:
      'A Node.js API runs as a single process, whose JavaScript runs on one thread, and its CPU is the bottleneck on a 4-core machine. You move it unchanged to a 16-core machine. What happens?',
    choices: [
      {
        text: 'Little changes: one thread uses one core; run more processes for the rest',
        correct: true,
        explanation:
          'Right. Extra cores help only code that runs on several at once. A single-threaded runtime needs several processes (Node’s cluster module, or several copies behind a proxy) to use them.',
      },
      {
        text: 'Capacity grows four-fold: the operating system spreads the work on the cores',
        explanation:
          'The misconception that more cores need no change to the code. The operating system can only spread threads or processes, and this program has one thread running JavaScript.',
      },
      {
        text: 'Each request is answered four times faster, since it gets four times the CPU',
        explanation:
          'The misconception that more cores make one request faster. A request runs on one core at that core’s speed; more cores can only run more requests at once.',
      },
      {
        text: 'It gets slower, since the work is now split between too many cores',
        explanation:
          'The misconception that idle cores cost time. Unused cores simply sit idle; the one thread runs as before.',
      },
    ],
  },
  {
    id: 'cores-for-product-api',
    objective: 3,
    section: 'what-runs-out-first-cpu-or-memory',
    question:
      'The Product API needs 20 ms of CPU per request and must serve 300 requests per second with utilisation at most 0.75. Which is the smallest machine that does it?',
    choices: [
      {
        text: '8 cores',
        correct: true,
        explanation:
          'Right. 300 × 0.020 = 6 busy cores; 6 ÷ 8 = 0.75. Fewer cores would be busier than the target, and 4 cannot do the work at all (ρ = 1.5).',
      },
      {
        text: '6 cores',
        explanation:
          'The misconception that just enough cores is enough. 6 cores would be 100 % busy: no headroom, and queues grow without end.',
      },
      {
        text: '4 cores',
        explanation:
          'That is 300 × 0.020 × 0.75 = 4.5 rounded down: multiplying by the target instead of dividing by it. 4 cores would be at ρ = 1.5, hopelessly overloaded.',
      },
      {
        text: '16 cores',
        explanation:
          'The misconception that headroom means doubling. 16 cores work (ρ = 0.375) but cost twice as much as 8, which already meet the target.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'checkout-memory',
    objective: 2,
    section: 'what-runs-out-first-cpu-or-memory',
    question:
      'Checkout holds 100 MB per request for the 310 ms each request stays (10 ms of CPU, then 300 ms waiting for the database), plus 500 MB for the application. At 200 requests per second, how much memory does it use on average, in MB?',
    answer: 6700,
    tolerance: 50,
    unit: 'MB',
    solution:
      'Little’s law: requests in progress L = λ · W = 200 /s × 0.31 s = 62. Memory ≈ 500 MB + 62 × 100 MB = 6,700 MB, about 6.7 GB, while the CPU is only 200 × 0.010 = 2 cores busy.',
    misconceptions: [
      {
        answer: 20500,
        explanation:
          'That gives every one of the 200 requests of a second its own 100 MB at once. A request holds memory only for the 0.31 s it stays: Little’s law says 62 are in progress.',
      },
      {
        answer: 700,
        explanation:
          'That counts only the requests on the CPU (200 × 0.010 = 2). A request keeps its 100 MB while it waits for the database too, and waiting costs no CPU but does hold memory.',
      },
      {
        answer: 6200,
        explanation:
          'That is the requests’ memory alone. The application itself needs its 500 MB as well.',
      },
    ],
  },
  {
    kind: 'predict',
    id: 'product-api-on-medium',
    objective: 2,
    section: 'one-machine-under-a-growing-load',
    simulation: 'vertical-scaling/one-machine',
    setup: 'Machine size medium (4 cores, 8 GB), application Product API, peak load 300 req/s.',
    question: 'As the load ramps up to 300 req/s, what will the run show?',
    choices: [
      {
        text: 'p95 takes off a little before 200 req/s, then requests are lost',
        correct: true,
        explanation:
          'Right. 4 cores ÷ 20 ms = 200 req/s is the CPU’s capacity; queues grow just before it and the excess is lost after. The memory line stays low: CPU is the bottleneck.',
      },
      {
        text: 'All goes well up to the 300 req/s peak: 4 cores are enough for it',
        explanation:
          'The misconception that cores are capacity without the service time. 300 × 0.020 = 6 cores of work arrive at the peak, for 4 cores.',
      },
      {
        text: 'RAM fills up first while the CPU stays mostly idle',
        explanation:
          'That is Checkout, whose requests hold 100 MB while they wait. The Product API holds 4 MB per request for 20 ms: its memory barely moves.',
      },
      {
        text: 'p95 grows steadily in step with the load, doubling by the peak',
        explanation:
          'The misconception that latency is proportional to load. It stays near the service time for most of the ramp, then climbs steeply as the CPU nears full.',
      },
    ],
  },
  {
    id: 'cloud-price-per-size',
    objective: 4,
    section: 'the-catalogue-and-its-ceiling',
    question:
      'Within one instance family of a public cloud (say general purpose, same generation), how does the on-demand price of a size with 4× the vCPUs and memory compare?',
    choices: [
      {
        text: 'About 4×: within a family, price is proportional to size',
        correct: true,
        explanation:
          'Right. Providers price a family per vCPU and GB: each size up doubles both and doubles the price. What stops you is the ceiling, paying for the peak all day, and one machine being one failure.',
      },
      {
        text: 'About 5× the price: each size up costs a little more than double',
        explanation:
          'The myth that big machines carry a premium per core. On-demand prices within a family are linear in size; prices per core differ between families and generations, not between sizes of one family.',
      },
      {
        text: 'About 3× the price: bigger sizes come with a volume discount',
        explanation:
          'The misconception that size buys a discount. Discounts come from commitments (reserved or savings plans) or spot capacity, not from picking a bigger size.',
      },
      {
        text: 'About the same price: you pay for the machine, not its size',
        explanation:
          'The misconception that a virtual machine is priced like a server you own. Cloud sizes are slices of a host, priced by the slice.',
      },
    ],
  },
  {
    id: 'limits-of-scaling-up',
    objective: 4,
    section: 'where-vertical-scaling-stops',
    question: 'Which of these is a limit of vertical scaling, not of horizontal scaling?',
    choices: [
      {
        text: 'There is a largest machine, and resizing usually means downtime',
        correct: true,
        explanation:
          'Right. The catalogue ends, and moving to a bigger size usually means stopping and starting the machine. Scaling out adds machines while the others keep serving.',
      },
      {
        text: 'The code must be changed so that the servers share no state at all',
        explanation:
          'That is the price of scaling out: with many servers, any of them may get any request. One bigger machine needs no such change.',
      },
      {
        text: 'A load balancer must spread the requests over the machines',
        explanation:
          'That belongs to horizontal scaling too. A single machine needs no load balancer.',
      },
      {
        text: 'The cost per request rises steeply with each bigger size',
        explanation:
          'The myth of super-linear cloud prices. Within a family each size costs in proportion to what it offers; the real limits are the ceiling, the downtime and the single point of failure.',
      },
    ],
  },
  {
    id: 'swapping-symptoms',
    objective: 5,
    section: 'what-runs-out-first-cpu-or-memory',
    question:
      'A server’s latency is 20 times its usual. Memory use is at the size of its RAM, the disk is busy, and the CPU is mostly idle, with a high I/O wait. What is going on?',
    choices: [
      {
        text: 'It is swapping: requests wait for memory pages from disk, cores idle',
        correct: true,
        explanation:
          'Right. A paging process waits on the disk, so CPU utilisation drops while latency explodes (thrashing). Major page faults, I/O wait and memory pressure stall are the signals; more RAM or less memory per request is the cure.',
      },
      {
        text: 'It is short of CPU: its cores are too slow to keep up with the traffic',
        explanation:
          'The misconception that high latency always means CPU. A CPU bottleneck shows cores near 100 %; these are mostly idle, waiting for the disk.',
      },
      {
        text: 'Nothing is wrong: an idle CPU shows the server has capacity to spare',
        explanation:
          'The misconception that low CPU means healthy. Here the cores are idle because every request is stuck waiting for memory to come back from disk.',
      },
      {
        text: 'Its disk is too slow for the application’s files: buy a faster disk',
        explanation:
          'The misconception that a busy disk means a storage workload. The disk is busy paging memory in and out; the shortage is RAM.',
      },
    ],
  },
  {
    id: 'out-of-memory-kill',
    objective: 5,
    section: 'reading-the-bottleneck-from-the-metrics',
    question:
      'A server’s process restarts every few minutes; each time, its memory had climbed to the limit and falls back to the baseline after the restart. What is happening?',
    choices: [
      {
        text: 'The out-of-memory killer ends it when memory runs out',
        correct: true,
        explanation:
          'Right. When memory runs out the kernel’s OOM killer (or the container runtime, at the container’s limit) ends the process; every request in progress fails and the process restarts empty.',
      },
      {
        text: 'A health check restarts it because its CPU is too busy',
        explanation:
          'The misconception that restarts always come from the load balancer. Memory climbing to the limit before each restart points at memory, not CPU.',
      },
      {
        text: 'A memory cleanup is working as designed, freeing space',
        explanation:
          'The misconception that the drop is garbage collection. Garbage collection frees memory inside a running process; it does not restart it or fail its requests.',
      },
      {
        text: 'The server swaps, and swapping restarts the process',
        explanation:
          'The misconception that swapping and OOM kills are one thing. Swapping keeps the process alive but slow; a kill ends it.',
      },
    ],
  },
];

export default quiz;
