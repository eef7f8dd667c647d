/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'What does a load balancer do?',
    choices: [
      {
        text: 'It receives every request at one address and forwards each one to a server of a group',
        correct: true,
        explanation:
          'Yes. Clients only know the load balancer’s address; for each request (or each connection) it picks one server of the group and passes the request on, then passes the response back.',
      },
      {
        text: 'It makes each server faster by sharing its CPU with the others',
        explanation:
          'Servers do not share CPUs. A load balancer only decides where each request goes; every request is still handled entirely by one server.',
      },
      {
        text: 'It stores copies of the responses so the servers have less work',
        explanation:
          'That is a cache. Some load balancers can cache too, but spreading requests over servers is the job that makes them load balancers.',
      },
      {
        text: 'It starts new servers when traffic grows',
        explanation:
          'That is an autoscaler (chapter 5). It usually works together with the load balancer, which then starts sending requests to the new servers, but it is a different component.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'Four servers can answer 25, 25, 50 and 100 requests per second. 120 requests per second arrive through round robin. What happens?',
    choices: [
      {
        text: 'The two small servers each get 30 per second, more than they can answer: their queues overflow while the big one is mostly idle',
        correct: true,
        explanation:
          'Round robin gives every server a quarter: 30 per second each. The small ones are at ρ = 30 ÷ 25 = 1.2, so their queues grow until requests are refused, while the big one is at 30 ÷ 100 = 0.3. The fleet is only 60 % loaded, yet users see timeouts.',
      },
      {
        text: 'Every server is 60 % busy, because the fleet as a whole is 60 % loaded',
        explanation:
          'That is what a strategy that follows capacity would achieve (weighted round robin with weights 1, 1, 2, 4: 15, 15, 30 and 60 per second). Round robin ignores capacity and sends 30 to each.',
      },
      {
        text: 'The big server gets most of the requests, because it answers fastest',
        explanation:
          'Round robin never looks at the servers: it takes turns. Least connections or peak EWMA would favour the big server; round robin does not.',
      },
      {
        text: 'Nothing bad: round robin is always fair, so it is always the best choice',
        explanation:
          'It is fair in number of requests, not in work. On equal servers that is fine; on unequal ones the slow servers drown.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'A server crashes. The load balancer uses least connections and has no health checks. What happens?',
    choices: [
      {
        text: 'The dead server receives more requests than any other, and every one of them fails',
        correct: true,
        explanation:
          'A crashed server holds no open connections, so to least connections it looks like the least busy server of all. Requests are refused at once, so its count stays at zero and it keeps attracting them: a black hole. Health checks take it out of the group.',
      },
      {
        text: 'It receives no requests, because least connections sees that it is dead',
        explanation:
          'Least connections only compares connection counts. Without health checks the load balancer does not know the server is dead, and a dead server has the lowest count of all.',
      },
      {
        text: 'It receives its usual share, so a quarter of the requests fail with four servers',
        explanation:
          'That is what happens with round robin: a fixed share goes to the dead server. With least connections it is worse, because the dead server looks idle.',
      },
      {
        text: 'The load balancer crashes too',
        explanation:
          'The load balancer is a separate machine or process; it keeps running and forwarding requests, just to the wrong place.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'Health checks probe every 5 s and take a server out after 3 failed probes in a row. A server crashes just after a successful probe. For about how long does it still receive requests?',
    choices: [
      {
        text: 'About 15 s: three more probes, 5 s apart, must fail first',
        correct: true,
        explanation:
          'The next probe is 5 s later and is the first failure; the third failure comes 15 s after the crash. Detection time ≈ interval × unhealthy threshold. At 200 requests per second to that server, that is 3,000 failed requests.',
      },
      {
        text: 'About 5 s: one interval',
        explanation:
          'One failed probe is not enough with a threshold of 3: the server stays in the group until three probes in a row have failed.',
      },
      {
        text: 'None: the load balancer notices the crash at once',
        explanation:
          'Active health checks only see a crash when a probe fails. Between probes the load balancer believes the server is fine.',
      },
      {
        text: 'About 3 s: one second per failed probe',
        explanation:
          'The probes are 5 s apart, not 1 s. Multiply the interval by the threshold: 5 s × 3 = 15 s.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'Why does power of two choices (pick two servers at random, send to the less busy one) beat picking one server at random?',
    choices: [
      {
        text: 'A server that is already busy is rarely the less busy one of two, so queues stay short',
        correct: true,
        explanation:
          'Random assignment lets some servers pile up long queues by bad luck. Comparing just two is enough to avoid the worst ones: in theory the longest queue drops from about log n ÷ log log n to about log log n, and in the engine’s own tests the mean wait at 90 % load falls more than three-fold.',
      },
      {
        text: 'It looks at every server, so it always finds the least busy one',
        explanation:
          'That is least connections. Power of two only looks at two, which is cheap and works well even when many load balancers share the servers and their counts are slightly stale.',
      },
      {
        text: 'It sends each request to two servers and uses the faster answer',
        explanation:
          'That is request hedging, a different technique that doubles the work. Power of two sends each request to one server only.',
      },
      {
        text: 'It does not: picking at random is just as good',
        explanation:
          'Try it in the simulation: on the same traffic random assignment has a far higher p99, because it ignores how busy each server is.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question:
      'Your servers keep each user’s shopping cart in memory. Which strategy keeps a user on the same server, and what is the catch?',
    choices: [
      {
        text: 'Consistent hashing on the user id; the catch is that it ignores load, and the carts on a server that dies are lost',
        correct: true,
        explanation:
          'Hashing the client id always picks the same server while the group is unchanged, and when a server leaves, only its users move. But a popular user or an unlucky hash can overload one server, and state in memory dies with it — which is why chapter 5 moves such state out of the servers.',
      },
      {
        text: 'Round robin; there is no catch',
        explanation:
          'Round robin sends consecutive requests of the same user to different servers, so the cart would seem to vanish on every other click.',
      },
      {
        text: 'Least connections; the catch is that it is slow',
        explanation:
          'Least connections picks whichever server is least busy at that moment, which changes from request to request: the user would not stay on one server.',
      },
      {
        text: 'Random; the catch is that it needs a seed',
        explanation:
          'Random assignment scatters a user’s requests over every server, the opposite of sticky.',
      },
    ],
  },
  {
    id: 'q7',
    objective: 1,
    section: '',
    question:
      'Weighted round robin with weights 1, 1, 2 and 4. Out of every 8 requests, how many go to the server with weight 4?',
    choices: [
      {
        text: '4',
        correct: true,
        explanation:
          'The weights add up to 8, and each server gets its weight’s share: 4 of every 8 requests go to the heaviest, 2 to the next and 1 to each light one. Smooth weighted round robin (nginx) also interleaves them rather than sending 4 in a row.',
      },
      {
        text: '2',
        explanation:
          'That is plain round robin’s share (8 ÷ 4 servers). Weights change the shares in proportion: 4 ÷ 8 of the requests.',
      },
      {
        text: '8',
        explanation:
          'The other servers have non-zero weights, so they get requests too: 1 + 1 + 2 of every 8.',
      },
      {
        text: '1',
        explanation:
          'A weight of 4 means four times the share of a weight-1 server, not one request in every eight.',
      },
    ],
  },
];

export default quiz;
