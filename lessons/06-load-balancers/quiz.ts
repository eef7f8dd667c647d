/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'layer-4-per-connection',
    objective: 1,
    section: 'one-address-a-group-of-servers',
    question:
      'A browser opens one keep-alive connection and sends 100 requests over it. In front of four servers sits a layer 4 (TCP) load balancer. Where do the 100 requests go?',
    choices: [
      {
        text: 'About 25 to each server, because the balancer takes turns per request',
        explanation:
          'That is what a layer 7 (HTTP) balancer can do, because it reads each request. A layer 4 balancer never sees requests: it only sees a TCP connection and shuttles its bytes.',
      },
      {
        text: 'Each to whichever server has the fewest requests in progress at that moment',
        explanation:
          'Counting requests in progress needs a balancer that can see where one request ends and the next begins, which is layer 7. At layer 4 the choice is made once, when the connection opens.',
      },
      {
        text: 'All of them to one server, the one picked when the connection opened',
        correct: true,
        explanation:
          'Yes. A layer 4 balancer chooses a server per connection and then forwards bytes, so every request on that connection reaches the same server. Long-lived connections can therefore leave a layer 4 balancer’s servers unevenly loaded.',
      },
      {
        text: 'Each to all four servers at once, and the fastest answer is returned',
        explanation:
          'That is request hedging, a different technique that multiplies the work. A load balancer forwards each connection or request to one server.',
      },
    ],
  },
  {
    id: 'round-robin-shrinking-list',
    objective: 2,
    section: 'round-robin-take-turns',
    question:
      'A round-robin strategy for a group of four servers reads `const turn = state.vars["turn"] ?? 0`, stores `turn + 1`, and returns `turn % 4`. One server fails its health checks. What goes wrong?',
    choices: [
      {
        text: 'The dead server keeps receiving every fourth request until it recovers',
        explanation:
          'The strategy is only given the servers that are healthy right now, so the dead one is not in the list at all. The trouble is the opposite: the list is shorter than the code assumes.',
      },
      {
        text: 'Every fourth request asks for position 3, which a list of three lacks',
        correct: true,
        explanation:
          'Yes. The list passed to the strategy shrinks to three, so valid positions are 0, 1 and 2. Use `turn % servers.length`, so the position is always valid whatever the size of the group.',
      },
      {
        text: 'The counter in state.vars restarts from 0, so one server gets two turns',
        explanation:
          'state.vars survives between calls whatever happens to the group; nothing resets it. The problem is the fixed 4 in the code, not the counter.',
      },
      {
        text: 'Nothing: the load balancer corrects an invalid choice by itself',
        explanation:
          'The strategy is the load balancer’s decision. A position outside the list is not a server, so the strategy must only ever return valid positions.',
      },
    ],
  },
  {
    id: 'least-connections-ties',
    objective: 2,
    section: 'least-connections-look-before-you-send',
    question:
      'A least-connections strategy walks the list and keeps a server only if it has strictly fewer connections than the best so far, so ties go to the earlier server. What happens at low load?',
    choices: [
      {
        text: 'Nothing noticeable: ties are rare, so how they are broken hardly matters',
        explanation:
          'At low load ties are the usual case: several servers have 0 connections at the same moment. How ties are broken then decides most of the choices.',
      },
      {
        text: 'The shares even out, because a server that gets more soon has more open',
        explanation:
          'That feedback only works when connections pile up. At low load each request finishes before the next arrives, every count is back at 0, and the first server wins the tie again.',
      },
      {
        text: 'The last server in the list gets the most, because it is compared last',
        explanation:
          'With a strict “fewer than” comparison a later server never replaces an earlier one with the same count, so the earliest server wins ties, not the last.',
      },
      {
        text: 'The first server in the list gets more than its share by winning ties',
        correct: true,
        explanation:
          'Yes. With all counts at 0 the first server is chosen every time. Break ties at random (switch to the i-th tied server with probability 1 ÷ i) so that position never decides.',
      },
    ],
  },
  {
    id: 'round-robin-utilisation',
    kind: 'number',
    objective: 3,
    section: 'when-servers-are-not-equal',
    question:
      'Four servers can answer 25, 25, 50 and 100 requests per second. 120 requests per second arrive, and the load balancer uses round robin. What is the utilisation ρ (arrival rate ÷ capacity) of one of the 25-per-second servers?',
    answer: 1.2,
    tolerance: 0.01,
    unit: '',
    solution:
      'Round robin gives each of the four servers the same share, whatever it can handle: 120 ÷ 4 = 30 requests per second. For a server that can answer 25 per second, ρ = 30 ÷ 25 = 1.2. Above 1, its queue grows until requests are refused, although the fleet as a whole is only 120 ÷ 200 = 60 % loaded and the big server sits at 30 ÷ 100 = 0.3.',
    misconceptions: [
      {
        answer: 0.6,
        explanation:
          'That is the load of the fleet as a whole (120 ÷ 200). Round robin does not spread work in proportion to capacity; it sends every server the same number of requests.',
      },
      {
        answer: 0.3,
        explanation:
          'That is the big server’s utilisation (30 ÷ 100). The small servers get the same 30 requests per second with a quarter of the capacity.',
      },
    ],
  },
  {
    id: 'least-connections-black-hole',
    kind: 'predict',
    objective: 3,
    section: 'seven-strategies-on-the-same-traffic',
    simulation: 'load-balancers/compare-strategies',
    setup:
      'Keep the load at 60 %. Set Failure to “mid (2×) crashes at 10 s, back at 20 s” and Health checks to “Off”. Before running, predict the bar chart of requests lost by every strategy.',
    question: 'Which strategy will lose the largest share of its requests?',
    choices: [
      {
        text: 'Round robin, because it ignores how busy each server is',
        explanation:
          'Round robin sends the dead server a fixed quarter of the requests, and those fail. That is bad, but a strategy that actively prefers the dead server does worse.',
      },
      {
        text: 'Consistent hashing, because its clients are stuck on the dead server',
        explanation:
          'The clients hashed to the dead server do fail, but that is about a quarter of the clients. One strategy sends the dead server far more than its share.',
      },
      {
        text: 'Least connections, because the dead server looks least busy of all',
        correct: true,
        explanation:
          'Yes. A crashed server refuses requests at once and holds no open connections, so its count stays at 0 and least connections keeps choosing it: a black hole. Health checks, or passive checks on real traffic, take it out of the group.',
      },
      {
        text: 'None stands out: each sends the dead server a quarter of its requests',
        explanation:
          'Only the strategies that ignore the servers (round robin, random) send a fixed quarter. Strategies that look at connection counts react to the dead server, and not necessarily in the right direction.',
      },
    ],
  },
  {
    id: 'power-of-two-why',
    objective: 3,
    section: 'two-choices-latency-and-hashing',
    question:
      'Why does power of two choices (pick two servers at random, send to the less busy one) keep queues much shorter than picking one server at random?',
    choices: [
      {
        text: 'A busy server is rarely the less busy one of two, so long queues seldom form',
        correct: true,
        explanation:
          'Yes. Random assignment lets some servers pile up long queues by bad luck; comparing just two avoids most of them. In the classic analysis of n requests on n servers (Azar et al., Mitzenmacher), the fullest server drops from about log n ÷ log log n to about log log n ÷ log 2.',
      },
      {
        text: 'It compares every server, so it always finds the one that is least busy of all',
        explanation:
          'That is least connections. Power of two only looks at two servers, which is cheap and still works when many load balancers share the servers and their counts are slightly stale.',
      },
      {
        text: 'It sends each request to two servers and keeps whichever answers first',
        explanation:
          'That is request hedging, which doubles the work. Power of two choices sends each request to one server only.',
      },
      {
        text: 'It gives the faster servers twice the weight of the slower ones',
        explanation:
          'That would be weighted round robin with fixed weights. Power of two choices needs no weights; it compares the live load of two servers at the moment of each request.',
      },
    ],
  },
  {
    id: 'health-check-failed-requests',
    kind: 'number',
    objective: 4,
    section: 'health-checks-noticing-a-dead-server',
    question:
      'Health checks probe every 5 s and take a server out after 3 failed probes in a row. A server crashes just after passing a probe; from then on every probe to it fails at once (connection refused). It was receiving 200 requests per second. At most, how many requests are sent to it before the load balancer takes it out?',
    answer: 3000,
    tolerance: 0,
    unit: 'requests',
    solution:
      'The next probe is 5 s after the crash and is the first failure; the second fails at 10 s and the third at 15 s, when the server is taken out. Time to take a dead server out ≈ interval × unhealthy threshold = 5 s × 3 = 15 s, and 200 requests per second × 15 s = 3,000 requests, every one of them failing.',
    misconceptions: [
      {
        answer: 1000,
        explanation:
          'That counts a single interval (5 s × 200). With a threshold of 3, one failed probe is not enough: three in a row must fail, 5 s apart.',
      },
      {
        answer: 600,
        explanation:
          'That counts 3 s, as if each failed probe took one second. The probes are 5 s apart: multiply the interval by the threshold.',
      },
    ],
  },
  {
    id: 'sticky-cart',
    objective: 5,
    section: 'two-choices-latency-and-hashing',
    question:
      'Your servers keep each user’s shopping cart in memory. Which strategy keeps a user on the same server, and what does it cost you?',
    choices: [
      {
        text: 'Least connections; its cost is that it must compare every server on each request',
        explanation:
          'Least connections picks whichever server is least busy at that moment, which changes from request to request: the user would land on a different server and lose the cart.',
      },
      {
        text: 'Weighted round robin; its cost is keeping the weights right by hand',
        explanation:
          'Weighted round robin still takes turns, so consecutive requests of one user go to different servers. Weights change the shares, not who gets which user.',
      },
      {
        text: 'Consistent hashing on the user id; it ignores load, and carts die with a server',
        correct: true,
        explanation:
          'Yes. Hashing the user id picks the same server while the group is unchanged, and when a server leaves only its users move. But a very active user or an unlucky hash can overload one server, and state held in memory dies with it, which is why chapter 5 moves such state out of the servers.',
      },
      {
        text: 'Random with a fixed seed; its cost is that a seed must be shared',
        explanation:
          'A seeded random generator repeats its sequence of picks, not a mapping from user to server: one user’s requests still land on many servers.',
      },
    ],
  },
];

export default quiz;
