/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'no-cache-meaning',
    objective: 1,
    section: 'http-caching-freshness-and-validation',
    question: 'A response carries `Cache-Control: no-cache`. What may a browser do with it?',
    choices: [
      {
        text: 'Store it, but ask the server before every reuse',
        correct: true,
        explanation:
          'Yes. Despite its name, no-cache allows storing; it forbids reusing the stored response without validating it first (RFC 9111). With an ETag that validation is cheap: a 304 without a body.',
      },
      {
        text: 'Not store it at all, neither on disk nor in memory',
        explanation:
          'That is no-store. no-cache is about reuse without asking, not about storing: the browser may keep the response and validate it before using it again.',
      },
      {
        text: 'Store it for this user only, never in a shared cache',
        explanation:
          'That is private. A shared cache such as a CDN may store a no-cache response too, as long as it validates it before every reuse.',
      },
      {
        text: 'Reuse it freely until the server sends a new ETag',
        explanation:
          'A cache only learns about a new ETag by asking the server. no-cache requires exactly that question before each reuse.',
      },
    ],
  },
  {
    id: 'etag-revalidation',
    objective: 1,
    section: 'http-caching-freshness-and-validation',
    question:
      'The browser holds a response with `ETag: "v42"` whose max-age has passed. The page has not changed on the server. What happens on the next visit?',
    choices: [
      {
        text: 'It downloads the whole page again with a 200, since its copy is stale',
        explanation:
          'A stale copy is not thrown away: it can be validated. Only if the resource changed does the server send a new 200 with a body.',
      },
      {
        text: 'It shows the stored copy without asking, since the page has not changed',
        explanation:
          'The browser cannot know the page is unchanged without asking: once the max-age has passed, the copy must be validated before reuse.',
      },
      {
        text: 'It sends If-None-Match: "v42" and gets 304 Not Modified with no body',
        correct: true,
        explanation:
          'Yes. A conditional request (RFC 9110) spends a round trip but not the bytes: the 304 tells the browser to reuse its copy, fresh again.',
      },
      {
        text: 'It sends If-Match: "v42" and gets 412 Precondition Failed',
        explanation:
          'If-Match is for writes (update only if unchanged), and 412 means the condition failed. Revalidating a cached copy uses If-None-Match and 304.',
      },
    ],
  },
  {
    id: 'database-load-from-hit-ratio',
    kind: 'number',
    objective: 2,
    section: 'the-hit-ratio-and-what-it-buys',
    question:
      'A service reads 2000 products per second through a cache-aside cache with a hit ratio of 95 %. How many queries per second reach the database?',
    answer: 100,
    tolerance: 1,
    unit: 'queries/s',
    solution:
      'The database sees the misses: (1 − h) · λ = (1 − 0.95) × 2000 = 0.05 × 2000 = 100 queries per second.',
    misconceptions: [
      {
        answer: 1900,
        explanation:
          'That is the hits: 0.95 × 2000. The hits are answered by the cache; only the misses, 5 %, reach the database.',
      },
      {
        answer: 95,
        explanation:
          'That is the hit ratio as a number. Multiply the miss ratio, 1 − 0.95, by the read rate.',
      },
    ],
  },
  {
    id: 'mean-latency-from-hit-ratio',
    kind: 'number',
    objective: 2,
    section: 'the-hit-ratio-and-what-it-buys',
    question:
      'A hit takes 1 ms and a miss 25 ms (the lookup, then the query). With a hit ratio of 80 %, what is the mean latency?',
    answer: 5.8,
    tolerance: 0.05,
    unit: 'ms',
    solution: 'mean = h · t_hit + (1 − h) · t_miss = 0.8 × 1 + 0.2 × 25 = 0.8 + 5 = 5.8 ms.',
    misconceptions: [
      {
        answer: 20.2,
        explanation:
          'That weights the miss by 0.8 and the hit by 0.2: the hit ratio is the share of hits. 0.8 × 1 + 0.2 × 25.',
      },
      {
        answer: 13,
        explanation:
          'That is the plain average of 1 and 25, as if half the reads hit. Weight each by its share: 80 % hits, 20 % misses.',
      },
      {
        answer: 6,
        explanation:
          'That adds the 1 ms lookup to every miss a second time: 0.2 × 26. The 25 ms of a miss already includes its lookup, then the query, so 0.8 × 1 + 0.2 × 25.',
      },
    ],
  },
  {
    id: 'lru-below-top-keys',
    objective: 3,
    section: 'what-decides-the-hit-ratio',
    question:
      'The 1000 most popular of 10 000 products get 67 % of the reads, yet an LRU cache of 1000 entries with no TTL answers about 56 %. Why?',
    choices: [
      {
        text: 'LRU evicts the most popular entries first, because they are the oldest',
        explanation:
          'LRU evicts the entry unused for longest; a popular entry is read again and again, so it is rarely that one.',
      },
      {
        text: 'Its places also hold rare products read a moment ago, not only the top ones',
        correct: true,
        explanation:
          'Yes. LRU stores every key it misses, popular or not, and a rare key keeps its place until t_C has passed without a read. Those places are not holding popular keys; Che’s approximation counts exactly this.',
      },
      {
        text: 'Entries expire after their TTL, so popular keys are missing part of the time',
        explanation:
          'That blames expiry, but this cache has no TTL: entries leave only when LRU evicts them. The gap comes from what LRU holds.',
      },
      {
        text: 'The Che approximation underestimates LRU; a real LRU cache reaches 67 %',
        explanation:
          'The simulated LRU cache measures about 56 % too, as Che predicts. 67 % is what a cache holding exactly the 1000 most popular products would reach, and it would have to know the popularity in advance.',
      },
    ],
  },
  {
    id: 'predict-uniform-popularity',
    kind: 'predict',
    objective: 3,
    section: 'what-decides-the-hit-ratio',
    simulation: 'caching/cache-in-front',
    setup:
      'Keep 1000 entries, LRU and no expiry. Set the popularity skew (Zipf exponent) to 0: every product is read equally often. Predict the hit ratio, then run it.',
    question: 'What hit ratio will the simulation show?',
    choices: [
      {
        text: 'About 10 %: the share of the equally read products it holds',
        correct: true,
        explanation:
          'Yes. With no popular keys, a cache holding 1000 of 10 000 equally read products answers 1000 ÷ 10 000 of the reads. Skew is what makes a small cache pay.',
      },
      {
        text: 'About 56 %, as at the default skew: the cache size did not change',
        explanation:
          'The hit ratio depends on popularity, not only on size: at s = 0.9 a few products get most reads and fit in the cache; at s = 0 none does.',
      },
      {
        text: 'About 90 %: with equal popularity every product is read often enough',
        explanation:
          'Equal popularity means each of 10 000 products gets one read in 10 000: a product in the cache is rarely read before it is evicted.',
      },
      {
        text: 'About 0 %: LRU cannot keep anything when no key is more popular',
        explanation:
          'Each of the 1000 held products is still read now and then; the share of reads that find their product held is about 1000 ÷ 10 000.',
      },
    ],
  },
  {
    id: 'ttl-hit-ratio',
    kind: 'number',
    objective: 4,
    section: 'ttls-staleness-and-invalidation',
    question:
      'A product is read 10 times a minute, at random moments. It is cached with a TTL of 60 s set on each miss. What share of its reads are hits, in percent?',
    answer: 90.9,
    tolerance: 0.5,
    unit: '%',
    solution:
      'Per key, h = λ·T ÷ (1 + λ·T). Here λ·T = 10 per minute × 1 minute = 10 reads per TTL, so h = 10 ÷ 11 ≈ 90.9 %. Each miss is followed by a TTL of hits: about 10 hits for every miss.',
    misconceptions: [
      {
        answer: 100,
        explanation:
          'Every TTL ends with a miss: the first read after expiry goes to the database. One miss per 10 hits is 1 in 11 reads.',
      },
      {
        answer: 90,
        explanation:
          'That counts one miss in 10 reads. The miss starts the TTL and the 10 reads that follow hit: 1 miss in 11 reads, 90.9 %.',
      },
    ],
  },
  {
    id: 'invalidate-on-write',
    objective: 4,
    section: 'ttls-staleness-and-invalidation',
    question:
      'A product’s price changes in the database. The product is cached cache-aside with a TTL of 10 minutes, and shoppers must see the new price within seconds. What should the code that writes the price do?',
    choices: [
      {
        text: 'Nothing: the TTL refreshes the entry within ten minutes anyway',
        explanation:
          'That trusts the TTL to end staleness, but a TTL only bounds it: readers may see the old price for up to ten minutes, far beyond seconds. Invalidation ends it at once.',
      },
      {
        text: 'Write the new price to the cache first, then to the database',
        explanation:
          'That treats the cache as the record. If the database write then fails, the cache serves a price that was never saved; and two writers that each set their value can leave the older one in the cache.',
      },
      {
        text: 'Flush the whole cache so that nothing stale can remain',
        explanation:
          'That buys freshness for one row with every other key: they all miss at once, a thundering herd on the database.',
      },
      {
        text: 'Write the database, then delete that product’s cache entry',
        correct: true,
        explanation:
          'Yes. The next read loads the new row. Keep the TTL as well, as a backstop: a delete can still race a slow reader that stores the old row just after it.',
      },
    ],
  },
  {
    id: 'predict-coalescing',
    kind: 'predict',
    objective: 5,
    section: 'the-thundering-herd',
    simulation: 'caching/thundering-herd',
    setup:
      'Set variant A to “No cure” and variant B to “Request coalescing”, TTL 10 s. Both start with an empty cache. Predict the p99 figures, then run it.',
    question: 'How will B’s p99 latency compare with A’s?',
    choices: [
      {
        text: 'About the same: both caches end up holding the same pages',
        explanation:
          'They do end up alike, but the tail is made in the first seconds: without coalescing, every read of a hot page that arrives during its slow query sends one more query.',
      },
      {
        text: 'Higher for B: its reads wait for another read’s query to finish',
        explanation:
          'Waiting for a query already running is faster than queueing a duplicate behind hundreds of others at an overloaded database.',
      },
      {
        text: 'Several times lower for B: one query per hot page instead of a crowd',
        correct: true,
        explanation:
          'Yes, about four times lower here. Coalescing removes the duplicate queries that drown the database on a cold start, so the queue, and every miss’s wait, stays short. With many application servers each coalescing on its own, the database still sees one query per hot page per server.',
      },
      {
        text: 'Zero misses for B: coalescing answers every read from the cache',
        explanation:
          'Coalescing does not create data: the first read of each page still misses and queries the database. It only stops the others from querying too.',
      },
    ],
  },
  {
    id: 'what-jitter-does',
    objective: 5,
    section: 'the-thundering-herd',
    question: 'What does TTL jitter change, compared with one fixed TTL for every entry?',
    choices: [
      {
        text: 'Only one read per key queries the database while others wait for it',
        explanation:
          'That is request coalescing. Jitter does nothing for many readers of one hot key; it changes when different keys expire.',
      },
      {
        text: 'Entries stored together no longer expire in the same moment',
        correct: true,
        explanation:
          'Yes. The misses of expiry are spread out instead of arriving as a wave. The price: the average TTL is a little shorter, so there are slightly more misses.',
      },
      {
        text: 'The hit ratio rises, because entries are refreshed before they expire',
        explanation:
          'That describes refreshing entries ahead of their expiry, a different technique. Jitter shortens some TTLs and refreshes nothing early: the hit ratio drops slightly. It smooths the database’s load rather than reducing it.',
      },
      {
        text: 'Stale answers can no longer happen, because no entry lives its full TTL',
        explanation:
          'That mistakes a shorter lifetime for invalidation: an entry still lives up to its TTL after its data was read, so staleness is bounded by the TTL, not removed.',
      },
    ],
  },
];

export default quiz;
