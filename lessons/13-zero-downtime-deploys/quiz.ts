/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'where-requests-are-lost',
    objective: 1,
    section: 'three-ways-to-lose-requests-during-a-deploy',
    question:
      'Ten servers behind a load balancer are replaced one at a time, and both versions accept the same requests and data. Which of these does not by itself lose requests?',
    choices: [
      {
        text: 'The load balancer sends requests to a new server whose process is still starting',
        explanation:
          'That loses requests: the server cannot answer them yet. A readiness probe keeps the load balancer away until it can.',
      },
      {
        text: 'An old server is stopped while it is still answering a few requests',
        explanation:
          'That loses the requests in flight. Deregister it first and let it drain before stopping it.',
      },
      {
        text: 'For a moment, old and new versions answer requests side by side',
        correct: true,
        explanation:
          'Right: every request still gets an answer from a server that can give it. Mixed versions lose requests only when they are incompatible, which is why schema and API changes must suit both versions during a rollout.',
      },
      {
        text: 'So many old servers are out at once that the rest are pushed past 100 %',
        explanation:
          'That loses requests too, through queues and timeouts: the ready servers must carry the traffic at every moment, which is what maxUnavailable limits.',
      },
    ],
  },
  {
    id: 'readiness-or-liveness',
    objective: 2,
    section: 'readiness-and-liveness-probes',
    question:
      'One server loses its connection to the database for a minute (the others still reach it), and its health endpoint starts failing. Which probe should that endpoint drive?',
    choices: [
      {
        text: 'Liveness: restart the container, so it reconnects from a clean start',
        explanation:
          'A restart does not bring the database back, and every server fails the same check at once: all of them restart together and the outage gets worse. Liveness is for a process that is stuck.',
      },
      {
        text: 'Readiness: take it out of the load balancer until it can serve again',
        correct: true,
        explanation:
          'Yes. Readiness removes the Pod from the Service endpoints while it fails and keeps it running; it comes back by itself once the database answers.',
      },
      {
        text: 'Neither: health endpoints should only ever report that the process is up',
        explanation:
          'Then the load balancer keeps sending requests that are bound to fail. A readiness check that covers what the server needs to answer is what lets it step aside.',
      },
      {
        text: 'Both with the same endpoint, so the two probes always agree with each other',
        explanation:
          'With the same endpoint, every readiness failure also triggers restarts: the liveness half turns a passing database blip into a fleet-wide restart.',
      },
    ],
  },
  {
    id: 'no-readiness-probe',
    kind: 'predict',
    objective: 2,
    section: 'readiness-and-liveness-probes',
    simulation: 'zero-downtime-deploys/deploy-strategies',
    setup:
      'Keep the rolling update with surge 1 and unavailable 0 and a good version, and set the readiness probe to off. Predict before running.',
    question: 'What happens during the deploy?',
    choices: [
      {
        text: 'Nothing visible: surge 1 and unavailable 0 keep ten servers ready throughout',
        explanation:
          'That takes “available” for “able to serve”. Those numbers count servers the Deployment believes available; without a probe, a server counts as available as soon as its process starts, 20 s before it can serve.',
      },
      {
        text: 'The deploy still takes 200 s, with errors on one starting server at a time',
        explanation:
          'That assumes the pace stays the same. The Deployment does not wait 20 s per server any more: each new one looks available at once, so it removes an old one and starts the next immediately.',
      },
      {
        text: 'The whole fleet is replaced at once, and for 20 s no server can answer',
        correct: true,
        explanation:
          'Yes. Every new server counts as available the moment it starts, so the update replaces the whole fleet at once, and for the next 20 s no server can answer: about 1,400 requests refused (70 a second for 20 s).',
      },
      {
        text: 'The load balancer’s round robin skips the starting servers until they are ready',
        explanation:
          'That credits the load balancer with a check nobody configured. Round robin only knows the servers in its group; keeping a server out until it can answer is exactly the readiness probe’s job.',
      },
    ],
  },
  {
    id: 'default-percentages',
    kind: 'number',
    objective: 3,
    section: 'rolling-updates-surge-and-unavailability',
    question:
      'A Deployment has 10 replicas and the default rolling update (maxSurge 25 %, maxUnavailable 25 %). At most how many Pods, not counting Pods still terminating, can run or start at once during the update?',
    answer: 13,
    tolerance: 0,
    unit: 'Pods',
    solution:
      'A percentage surge is rounded up: 25 % of 10 = 2.5 → 3. So at most 10 + 3 = 13 Pods. (The unavailability is rounded down: 2.5 → 2, so at least 8 stay available.)',
    misconceptions: [
      {
        answer: 12,
        explanation:
          'That rounds the surge down. Kubernetes rounds a percentage surge up and a percentage unavailability down.',
      },
      {
        answer: 15,
        explanation:
          'That adds both numbers. maxUnavailable lowers the count of available Pods; only maxSurge raises the total above the replicas.',
      },
    ],
  },
  {
    id: 'rolling-duration',
    kind: 'number',
    objective: 3,
    section: 'rolling-updates-surge-and-unavailability',
    question:
      'A rolling update replaces 12 servers with maxSurge 3 and maxUnavailable 0. A new server needs 20 s to start and pass its readiness probe. How many seconds does the update take?',
    answer: 80,
    tolerance: 0,
    unit: 's',
    solution:
      'With maxUnavailable 0, no old server leaves before a new one is ready. Each 20 s, 3 new servers become ready and 3 old ones leave: ⌈12 ÷ (3 + 0)⌉ = 4 startup periods, 4 × 20 = 80 s.',
    misconceptions: [
      {
        answer: 240,
        explanation:
          'That replaces one server at a time. The surge of 3 lets three start together.',
      },
      {
        answer: 60,
        explanation:
          'That counts three periods, as if one batch needed no start. Each of the four batches of three needs its own 20 s before the old servers it replaces may leave.',
      },
    ],
  },
  {
    id: 'draining-deadline',
    objective: 2,
    section: 'graceful-shutdown-and-connection-draining',
    question:
      'Most requests take under a second, but a report export takes up to 90 s. The server handles SIGTERM by refusing new work and finishing what it has, and the Pods keep Kubernetes’ default grace period. An export with 60 s left to run is on a Pod being replaced. What happens to it?',
    choices: [
      {
        text: 'It finishes: a draining Pod receives no new requests but keeps its old ones',
        explanation:
          'It keeps them only until the grace period ends. After 30 s the container is killed, whatever it still holds.',
      },
      {
        text: 'It is killed 30 s after its Pod’s shutdown starts, before it can finish',
        correct: true,
        explanation:
          'Yes. The default terminationGracePeriodSeconds is 30, and 60 s of work do not fit: raise it (and the load balancer’s draining timeout) above the slowest normal request, plus any preStop pause, or move long work off the request path.',
      },
      {
        text: 'It fails at once, because SIGTERM ends every request that is in flight',
        explanation:
          'That is what happens to a process with no SIGTERM handler (the signal’s default action ends it). This server handles it: it stops accepting and finishes what it has, until the kill at the end of the grace period.',
      },
      {
        text: 'It moves to another Pod, because the load balancer retries it after drain',
        explanation:
          'A load balancer does not move a request that is half done to another server. At best a proxy or the client retries it from the start elsewhere; the first attempt is lost.',
      },
    ],
  },
  {
    id: 'canary-against-baseline',
    objective: 4,
    section: 'canary-releases',
    question:
      'A canary fails 3.2 % of its requests over 10 minutes. Its rule rolls back above 2 %. What should you check before trusting that rollback?',
    choices: [
      {
        text: 'What the previous release failed in its first 10 minutes last week',
        explanation:
          'That compares with last week: another day, other traffic, other dependencies. A payment provider failing 3 % today fails both versions today; only the old version over the same 10 minutes shows whether the canary is worse.',
      },
      {
        text: 'Whether 10 minutes was long enough for the canary to warm its caches',
        explanation:
          'That blames warm-up. Cold caches slow a canary down; they rarely make it fail. Compare with the baseline first.',
      },
      {
        text: 'Whether a threshold of 5 % instead of 2 % would have let it through',
        explanation:
          'That tunes the fixed threshold instead of comparing: any fixed number is wrong on some day, too strict when a dependency fails for everyone, too loose on a quiet one. Compare with the old version over the same time.',
      },
      {
        text: 'What the baseline, the old version, failed over the same 10 minutes',
        correct: true,
        explanation:
          'Yes. If a dependency made the old version fail 3 % too, the canary is not worse, and a fixed threshold rolled back a good release. Compare canary and control over the same time.',
      },
    ],
  },
  {
    id: 'damage-of-a-bad-version',
    kind: 'number',
    objective: 5,
    section: 'how-fast-each-strategy-limits-the-damage',
    question:
      'A service takes 100 requests per second on 20 servers. A bad version fails 5 % of its requests. As a canary on 1 server (1 of 21 requests) it is rolled back after 2 minutes. About how many requests does it fail?',
    answer: 29,
    tolerance: 2,
    unit: 'requests',
    solution:
      'requests lost ≈ error rate × share × rate × time = 0.05 × (1 ÷ 21) × 100 × 120 ≈ 29. With blue-green the same 2 minutes would fail 0.05 × 100 × 120 = 600.',
    misconceptions: [
      {
        answer: 600,
        explanation:
          'That gives the bad version all the traffic, as blue-green does after its switch. The canary gets only 1 request in 21.',
      },
      {
        answer: 571,
        explanation:
          'That counts every request the canary served as failed. Only 5 % of them fail: 571 × 0.05 ≈ 29.',
      },
    ],
  },
  {
    id: 'blue-green-trade-off',
    objective: 4,
    section: 'blue-green-deploys',
    question: 'What does a blue-green deploy give you that a rolling update does not?',
    choices: [
      {
        text: 'A rollback that is a switch back to servers still running the old version',
        correct: true,
        explanation:
          'Yes: blue stays up on standby, so rolling back is a load-balancer change, not a new deploy of the old version.',
      },
      {
        text: 'Less damage from a bad version, because it is tested before the switch',
        explanation:
          'Smoke tests on green catch some bad versions, but green gets no real traffic before the switch, then all of it at once: what the tests miss hurts every user from the first second.',
      },
      {
        text: 'A cheaper deploy, since no server runs above the usual fleet size',
        explanation: 'The opposite: for a while it runs two full fleets, twice the servers.',
      },
      {
        text: 'No need for draining, since the old fleet is never stopped mid-request',
        explanation:
          'Blue still holds requests in flight at the switch and is stopped later: it needs draining like any removed server.',
      },
    ],
  },
  {
    id: 'schema-across-versions',
    objective: 6,
    section: 'two-versions-at-once-data-and-connections',
    question:
      'The new version stops using the column users.nickname. The team wants to drop it. When is it safe to drop it without breaking the rollout or a rollback?',
    choices: [
      {
        text: 'In the same deploy, as long as the migration runs before the first new server',
        explanation:
          'The old servers still run during the rollout and still read the column: they fail as soon as it is gone, and so does a rollback to them.',
      },
      {
        text: 'In the same deploy, as long as the deploy is blue-green rather than rolling',
        explanation:
          'Blue and green share the database: blue reads the column until the switch, and again after a rollback.',
      },
      {
        text: 'In a later deploy, once rolling back to a version that reads it is ruled out',
        correct: true,
        explanation:
          'Yes: expand and contract. Ship the code that no longer reads the column first, and drop the column in a later deploy, once no running version reads it and no rollback will bring one back.',
      },
      {
        text: 'Right after this rollout, as soon as no old server is left running',
        explanation:
          'That forgets the rollback: if the new version misbehaves an hour later, rolling back brings servers that read the column, and they all fail. Wait until going back to such a version is ruled out.',
      },
    ],
  },
];

export default quiz;
