/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'What is vertical scaling?',
    choices: [
      {
        text: 'Moving the server to a bigger machine: more cores, faster cores or more RAM',
        correct: true,
        explanation:
          'Yes: “scaling up”. The application stays one server on one machine; only the machine grows. It needs no change to the code, which is why it is usually the first thing teams try.',
      },
      {
        text: 'Adding more servers behind a load balancer',
        explanation:
          'That is horizontal scaling, or “scaling out”: the next chapter. Vertical scaling keeps one machine and makes it bigger.',
      },
      {
        text: 'Rewriting the code so each request needs less CPU',
        explanation:
          'That is optimisation. It also raises capacity and is often the cheapest fix of all, but it changes the code, not the machine.',
      },
      {
        text: 'Moving the database to its own machine',
        explanation:
          'Splitting components apart spreads the work over machines; it is not making one machine bigger.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'Each request needs 20 ms of CPU. At the peak, 300 requests arrive per second. Which is the smallest machine of the catalogue (1, 2, 4, 8, 16, 32 or 64 cores) that keeps CPU utilisation at or below 80 %?',
    choices: [
      {
        text: '8 cores',
        correct: true,
        explanation:
          'The work arriving is λ·S = 300 × 0.020 = 6 core-seconds per second. 8 cores: ρ = 6 ÷ 8 = 0.75, below 0.8. 4 cores would be at 1.5: overloaded.',
      },
      {
        text: '4 cores',
        explanation:
          'With 4 cores ρ = 6 ÷ 4 = 1.5: work arrives 50 % faster than the machine can do it, the queue grows without end.',
      },
      {
        text: '6 cores',
        explanation:
          'Six cores would be exactly full (ρ = 1), and the catalogue only has powers of two anyway: 8 is the first size with headroom.',
      },
      {
        text: '16 cores',
        explanation:
          'That works (ρ = 0.375) but costs more than twice as much as the 8-core size, which already meets the target.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'A checkout service handles 200 requests per second. Each holds 100 MB of memory for 310 ms (10 ms of CPU, then 300 ms waiting for the database). About how much memory do the requests in progress need?',
    choices: [
      {
        text: 'About 6.2 GB: 200 × 0.31 = 62 requests in progress, 100 MB each',
        correct: true,
        explanation:
          'Little’s law: requests in progress = arrival rate × time each one stays = 200 × 0.31 s = 62. Each holds 100 MB, so 6.2 GB, plus the application’s own base memory.',
      },
      {
        text: 'About 200 MB: two requests in progress at a time',
        explanation:
          'That counts only the CPU part (200 × 0.010 s = 2). A request holds its memory for its whole life, waiting on the database included.',
      },
      {
        text: '20 GB: 200 requests × 100 MB',
        explanation:
          'Not all 200 requests of a second are in progress at once: each leaves after 310 ms. Little’s law gives 62 at a time.',
      },
      {
        text: 'It cannot be known without running it',
        explanation:
          'Little’s law gives the average number in progress from the rate and the time in the system; real peaks are higher, which is why you keep headroom.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'In our catalogue, large (8 cores) costs $0.22 an hour and xxlarge (32 cores) $1.15. What does the move buy?',
    choices: [
      {
        text: 'Four times the capacity for about 5.2 times the price',
        correct: true,
        explanation:
          '32 ÷ 8 = 4 times the cores; 1.15 ÷ 0.22 ≈ 5.2 times the price. Per core, the bigger machine is about 30 % dearer: big machines are rarer, and their price follows demand, not only parts.',
      },
      {
        text: 'Four times the capacity for four times the price',
        explanation:
          'That would be linear pricing. Real catalogues, like ours, charge more per core as machines grow.',
      },
      {
        text: 'Four times the capacity, and every request four times faster',
        explanation:
          'More cores let more requests run at once; each request still runs on one core at the same speed, so an idle machine answers no faster.',
      },
      {
        text: 'Unlimited capacity: you can keep moving up',
        explanation:
          'Every catalogue ends. Here it ends at 64 cores: above about 3,200 requests per second of 20 ms each, no single machine will do.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'A server is slow. Its CPU is busy 100 % of the time, and its memory in use is above its RAM. What is most likely?',
    choices: [
      {
        text: 'It is short of memory: it swaps, every request gets slower, and that keeps the CPU busy',
        correct: true,
        explanation:
          'When memory runs out, the operating system moves pages to disk and back (swapping); every request takes many times longer, so the CPU fills up too. A bigger CPU would not help; more RAM (or less memory per request) would.',
      },
      {
        text: 'It is short of CPU: 100 % busy says so',
        explanation:
          'A full CPU is a symptom here, not the cause. Check memory first: if it is over the RAM, the CPU is busy doing work slowed down by swapping.',
      },
      {
        text: 'Nothing is wrong: 100 % means it is using what you pay for',
        explanation:
          'At 100 % there is no slack left for bursts; queues grow and latency explodes. Add swapping and it gets worse.',
      },
      {
        text: 'The network is too slow',
        explanation:
          'Nothing here points at the network: the server itself is out of memory and its CPU is full.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'Which of these is a drawback of vertical scaling, not of horizontal scaling?',
    choices: [
      {
        text: 'There is a largest machine, and while you move to a bigger one the service is usually down',
        correct: true,
        explanation:
          'Resizing a virtual machine typically means stop, change the type, start; and past the largest size there is nowhere to go. One machine also remains a single point of failure.',
      },
      {
        text: 'The code must be changed so that servers share no state',
        explanation:
          'That is the price of horizontal scaling. Vertical scaling is popular precisely because the code does not change.',
      },
      {
        text: 'A load balancer is needed',
        explanation:
          'One machine needs no load balancer; several do. That is horizontal scaling’s extra component.',
      },
      {
        text: 'Requests must be spread evenly over the machines',
        explanation:
          'There is only one machine in vertical scaling, so there is nothing to spread.',
      },
    ],
  },
];

export default quiz;
