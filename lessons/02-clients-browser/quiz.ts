/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'You open a shop’s home page in your browser. Which is the client?',
    choices: [
      {
        text: 'Your browser: it sends the requests and shows what comes back',
        correct: true,
        explanation:
          'The client is whoever asks. Your browser requests the HTML, then the CSS, JavaScript and images, and assembles the page on your screen.',
      },
      {
        text: 'The shop’s server',
        explanation:
          'The server answers the requests. It is the other end of the conversation from the client.',
      },
      {
        text: 'The HTML page',
        explanation: 'The HTML is a response: data the client asked for, not a participant.',
      },
      {
        text: 'The network',
        explanation:
          'The network carries requests and responses between the two; it neither asks nor answers.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'How long does a 500 KB image take to transfer over a 10 Mbit/s link, once bytes flow?',
    choices: [
      {
        text: '400 ms',
        correct: true,
        explanation:
          '500,000 bytes × 8 = 4,000,000 bits; at 10,000,000 bits per second that is 0.4 s. Bandwidth is quoted in bits, sizes in bytes.',
      },
      {
        text: '50 ms',
        explanation:
          'That is 500 KB ÷ 10 without converting bytes to bits. One byte is 8 bits, so multiply by 8.',
      },
      {
        text: '50 seconds',
        explanation:
          'That treats 10 Mbit/s as 10 kilobytes per second. 10 megabits per second is 1.25 megabytes per second.',
      },
      {
        text: 'It depends only on the round-trip time',
        explanation:
          'Round-trip time delays the first byte; how long the rest take to flow depends on the bandwidth.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'A new HTTPS connection with TLS 1.3 is opened before the first request. How many round trips pass before the HTML starts arriving?',
    choices: [
      {
        text: 'Three: TCP handshake, TLS handshake, then the request for the HTML',
        correct: true,
        explanation:
          'TCP needs one round trip to set up the connection, TLS 1.3 one more to agree on keys, and only then does GET / travel to the server and its answer come back.',
      },
      {
        text: 'One: the request itself',
        explanation:
          'Only on a connection that is already open. A fresh HTTPS connection costs two round trips of set-up first.',
      },
      {
        text: 'Two: one to send the request, one to receive the response',
        explanation:
          'Sending and receiving together make one round trip; the set-up adds two more.',
      },
      {
        text: 'None, because the browser downloads the page in advance',
        explanation: 'A browser cannot know a page before asking for it, except from its cache.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'A page refers to 14 files, all discovered in the HTML. The browser uses 6 connections. How many rounds of requests follow the HTML?',
    choices: [
      {
        text: '3',
        correct: true,
        explanation:
          'Six at a time: 6 + 6 + 2. Math.ceil(14 ÷ 6) = 3 rounds, each costing at least one round trip.',
      },
      {
        text: '14',
        explanation:
          'That would be one connection. With 6 in parallel, six requests share a round.',
      },
      {
        text: '1',
        explanation:
          'Only 6 requests fit in a round over HTTP/1.1; the other 8 wait for a connection to free up.',
      },
      {
        text: '2',
        explanation: 'Two rounds carry only 12 files; the last 2 need a third.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'A page makes several rounds of requests and is about 300 KB. Doubling the bandwidth from 20 to 40 Mbit/s or halving the round-trip time from 100 to 50 ms: which speeds it up more?',
    choices: [
      {
        text: 'Halving the round-trip time',
        correct: true,
        explanation:
          'At 20 Mbit/s, 300 KB take 120 ms to flow, and doubling the bandwidth saves at most 60 ms. The page pays the round-trip time in every round: with 7 round trips, halving it saves 350 ms.',
      },
      {
        text: 'Doubling the bandwidth',
        explanation:
          'Only for pages of many megabytes. For most pages the bytes take a small share of the time; the round trips take the rest.',
      },
      {
        text: 'Both save the same, since both halve a time',
        explanation:
          'Each halves a different part: the time bytes flow (small here), or the waiting for every round trip (large here).',
      },
      {
        text: 'Neither: load time depends on the server only',
        explanation:
          'The server’s time matters too, but the network’s round trips and transfer are usually most of a page load, as the simulation shows.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'Why does bundling five small JavaScript modules into one file speed up the page?',
    choices: [
      {
        text: 'One request instead of five, and no chain of imports that each cost another round trip',
        correct: true,
        explanation:
          'When main.js imports cart.js, which imports money.js, the browser discovers each file only after the previous arrives: one round trip per level. A bundle arrives in one response.',
      },
      {
        text: 'The bundle has fewer bytes than the five files together',
        explanation:
          'A bundle has about the same bytes (a minifier may shave some). The saving is in requests and round trips, not size.',
      },
      {
        text: 'Browsers run bundled code faster',
        explanation:
          'Execution speed is about the same. Bundling is about how the code gets to the browser.',
      },
      {
        text: 'It does not: five files in parallel are always faster',
        explanation:
          'They can be fetched in parallel only if the browser knows about all five at once. Imports reveal them one level at a time.',
      },
    ],
  },
];

export default quiz;
