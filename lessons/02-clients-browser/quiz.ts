/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'which-is-the-client',
    objective: 1,
    section: 'the-browser-is-the-client',
    question: 'You open a shop’s home page in your browser. Which is the client?',
    choices: [
      {
        text: 'Your browser, which sends the requests and draws what comes back',
        correct: true,
        explanation:
          'Right. The client is whoever sends the request; for a web page that is the browser, which then asks for every file the HTML refers to.',
      },
      {
        text: 'The shop’s server, which the browser connects to as a customer',
        explanation:
          'The misconception that “client” means the business’s customer-facing machine. The server is the side that answers; the browser asks.',
      },
      {
        text: 'The HTML page, which tells the browser which files to fetch',
        explanation:
          'The misconception that the document is an actor. The HTML is a response the browser received; it is data, not a party that sends requests.',
      },
      {
        text: 'The CDN, which delivers the shop’s static files on the server’s behalf',
        explanation:
          'The misconception that whatever sits in the middle is the client. A CDN answers requests for static files: it is a server near the user.',
      },
    ],
  },
  {
    id: 'round-trips-before-html',
    objective: 1,
    section: 'a-page-is-a-chain-of-round-trips',
    question:
      'The browser opens a new HTTPS connection (TCP, then TLS 1.3) and asks for the HTML. How many round trips pass before the HTML starts to arrive?',
    choices: [
      {
        text: 'Three: TCP handshake, TLS handshake, then the request',
        correct: true,
        explanation:
          'Right. A new connection costs a round trip for TCP and one for TLS 1.3 before the first request can go; the request for the HTML is the third.',
      },
      {
        text: 'One: the request goes out and the HTML comes straight back',
        explanation:
          'The misconception that a connection is free. Only a connection that is already open (keep-alive, HTTP/2) lets a request go out at once.',
      },
      {
        text: 'Two: one to send the request, another to get the response',
        explanation:
          'The misconception that a round trip is one way. A round trip is there and back: the request and its response together are one.',
      },
      {
        text: 'Four: TCP, TLS, then one each for the headers and the body',
        explanation:
          'The misconception that headers and body travel separately. The response’s headers and body follow each other on the same trip back.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'fibre-round-trip',
    objective: 2,
    section: 'latency-and-bandwidth',
    question:
      'A server is 6,000 km of fibre away from its users. Light in fibre covers about 200,000 km per second. Ignoring routing and processing, what is the shortest possible round-trip time, in ms?',
    answer: 60,
    tolerance: 3,
    unit: 'ms',
    solution:
      'One way: 6,000 km ÷ 200,000 km/s = 0.03 s = 30 ms. A round trip goes there and back: 2 × 30 = 60 ms. The rule of thumb: about 0.5 ms per 100 km one way, 1 ms per 100 km round trip.',
    misconceptions: [
      {
        answer: 30,
        explanation:
          'That is the one-way time. A round trip is there and back, so twice as long: 60 ms.',
      },
      {
        answer: 120,
        explanation:
          'That uses “1 ms per 100 km each way”, twice too slow: light in fibre covers 100 km in 0.5 ms. 1 ms per 100 km is the round trip.',
      },
      {
        answer: 40,
        explanation:
          'That uses the speed of light in vacuum (300,000 km/s). In glass light is about a third slower, about 200,000 km/s.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'transfer-time',
    objective: 2,
    section: 'latency-and-bandwidth',
    question:
      'How long does a 500 KB image take to transfer over a 10 Mbit/s link once the transfer is going (1 KB = 1,000 bytes)? Answer in ms.',
    answer: 400,
    tolerance: 5,
    unit: 'ms',
    solution:
      '500,000 bytes × 8 = 4,000,000 bits; 4,000,000 bits ÷ 10,000,000 bits/s = 0.4 s = 400 ms. Bandwidth is quoted in bits, file sizes in bytes.',
    misconceptions: [
      {
        answer: 50,
        explanation:
          'That treats bytes as bits. Bandwidth is in bits per second and a byte is 8 bits: multiply the size by 8 first.',
      },
      {
        answer: 0.4,
        explanation:
          'That is the right time in seconds; the question asks for milliseconds: 0.4 s = 400 ms.',
      },
    ],
  },
  {
    kind: 'number',
    id: 'round-trips-for-page',
    objective: 3,
    section: 'a-page-is-a-chain-of-round-trips',
    question:
      'On a new HTTPS connection over HTTP/1.1 (6 parallel connections), a page’s HTML refers directly to 10 files, none of which refers to another. How many round trips does the page need in all?',
    answer: 5,
    tolerance: 0,
    unit: 'round trips',
    solution:
      'round trips = 2 (TCP and TLS) + 1 (the HTML) + ⌈10 ÷ 6⌉ (files in rounds of 6: 6 + 4) = 2 + 1 + 2 = 5.',
    misconceptions: [
      {
        answer: 13,
        explanation:
          'That gives every file its own round trip. Six connections carry six requests at once, so 10 files go out in 2 rounds.',
      },
      {
        answer: 3,
        explanation:
          'That leaves out the 2 round trips that open the connection (TCP, then TLS) before the HTML can be requested.',
      },
      {
        answer: 4,
        explanation:
          'That rounds 10 ÷ 6 down to 1. The 4 files left after the first 6 need a round of their own: ⌈10 ÷ 6⌉ = 2.',
      },
    ],
  },
  {
    id: 'halve-rtt-or-double-bandwidth',
    objective: 4,
    section: 'why-bandwidth-is-not-everything',
    question:
      'A page takes 2 s to load on a phone: 1.6 s are round trips, 0.4 s moving bytes. Which change makes it load faster?',
    choices: [
      {
        text: 'Halving the round-trip time, which saves about 0.8 s',
        correct: true,
        explanation:
          'Right. The round trips are most of the time, and each one is paid again in full: halving the RTT halves those 1.6 s. Doubling bandwidth halves only the 0.4 s.',
      },
      {
        text: 'Doubling the bandwidth, which saves about a second',
        explanation:
          'The misconception that bandwidth is speed. More bandwidth only shortens the time spent moving bytes, here 0.4 s, so it saves 0.2 s.',
      },
      {
        text: 'Either one: both halve a time, so both save the same',
        explanation:
          'The misconception that the two are interchangeable. Each shortens a different part of the load time, and here the round trips are four times the bytes.',
      },
      {
        text: 'Neither: a page’s load time is set by the server’s speed',
        explanation:
          'The misconception that the server is what users wait for. Here the network takes all 2 s: the round trips, then the bytes.',
      },
    ],
  },
  {
    kind: 'predict',
    id: 'bandwidth-past-the-knee',
    objective: 4,
    section: 'a-page-is-a-chain-of-round-trips',
    simulation: 'clients-browser/page-load',
    setup:
      'Page “Shop home, as written”, round-trip time 100 ms, 6 parallel connections. Compare bandwidth 20 Mbit/s with 100 Mbit/s.',
    question: 'Bandwidth goes up five-fold, from 20 to 100 Mbit/s. What happens to the load time?',
    choices: [
      {
        text: 'It falls by less than a tenth, from about 720 ms to about 660 ms',
        correct: true,
        explanation:
          'Right. At 20 Mbit/s the 312 KB take only about 125 ms; the rest is round trips, which bandwidth cannot shorten. Past a few Mbit/s more bandwidth barely helps.',
      },
      {
        text: 'It falls to about a fifth, since bytes now arrive five times as fast',
        explanation:
          'The misconception that load time is bytes ÷ bandwidth. Only the transfer part shrinks five-fold; the round trips, most of the time here, stay the same.',
      },
      {
        text: 'It falls by about half, since half of the load time is transfer',
        explanation:
          'The misconception that bytes and waiting share the time evenly. Here the bytes are about 125 ms of some 720; the rest is round trips.',
      },
      {
        text: 'It does not change at all: bandwidth never affects load time',
        explanation:
          'The opposite myth. Bandwidth matters while it is the bottleneck (at 5 Mbit/s the same page takes over a second); here it gains a little, not nothing.',
      },
    ],
  },
  {
    id: 'why-bundling-helps',
    objective: 5,
    section: 'why-bandwidth-is-not-everything',
    question:
      'Why does bundling five small JavaScript modules, which import each other, into one file speed up the page?',
    choices: [
      {
        text: 'One request instead of five, and no import chain to find',
        correct: true,
        explanation:
          'Right. Each import found inside a downloaded module costs another round trip; a bundle is found once, in the HTML, and fetched in one request.',
      },
      {
        text: 'The bundle is much smaller than the five files together',
        explanation:
          'The misconception that bundling is about size. The bytes are about the same (minifying is a separate step); what disappears is round trips.',
      },
      {
        text: 'The browser runs code from one file faster than from five',
        explanation:
          'The misconception that bundling speeds up execution. The same code runs either way; the gain is in fetching it.',
      },
      {
        text: 'It does not: five files fetched in parallel always win',
        explanation:
          'The misconception that parallelism cancels round trips. Modules that import each other cannot be fetched in parallel: each is found only inside the previous one.',
      },
    ],
  },
  {
    id: 'font-found-late',
    objective: 5,
    section: 'why-bandwidth-is-not-everything',
    question:
      'A web font is named only inside the stylesheet, which the HTML links to. What removes the round trip the font waits for?',
    choices: [
      {
        text: 'A <link rel="preload"> for the font in the HTML',
        correct: true,
        explanation:
          'Right. The preload tells the browser about the font as soon as the HTML arrives, so it is fetched in the same round as the stylesheet instead of one round after it.',
      },
      {
        text: 'A faster connection, so the font downloads sooner',
        explanation:
          'The misconception that bandwidth shortens a discovery chain. The browser cannot ask for the font before it has read the stylesheet, however fast the link.',
      },
      {
        text: 'More parallel connections to the server',
        explanation:
          'The misconception that parallelism helps files not yet known. Extra connections carry more requests at once, but the font is still only found after the CSS arrives.',
      },
      {
        text: 'Moving the font to the end of the stylesheet',
        explanation:
          'The misconception that order inside the file matters. The font is found when the stylesheet is read, wherever in it the font is named.',
      },
    ],
  },
];

export default quiz;
