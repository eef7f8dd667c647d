/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'q1',
    objective: 1,
    section: '',
    question: 'Why do teams set up alerts rather than watch dashboards?',
    choices: [
      {
        text: 'Nobody can watch dashboards all day and night; a rule can, and notifies a person only when a metric misses its target',
        correct: true,
        explanation:
          'An alert turns “someone might notice” into “someone will be told”, within a known time, at 3 a.m. as well as at 3 p.m.',
      },
      {
        text: 'Alerts fix the problem automatically',
        explanation:
          'An alert only tells a person. Automatic reactions (restarting a server, adding one) are a different tool, and an alert usually still follows if they fail.',
      },
      {
        text: 'Dashboards cannot show error rates',
        explanation: 'They can. The trouble is that they only help while someone is looking.',
      },
      {
        text: 'Alerts are cheaper to store than metrics',
        explanation: 'Alerts are computed from metrics; they do not replace them.',
      },
    ],
  },
  {
    id: 'q2',
    objective: 1,
    section: '',
    question:
      'A rule has `for: 60s`. Its condition becomes true at 10:00:00 and false at 10:00:40. What happens?',
    choices: [
      {
        text: 'The alert is pending for 40 s, then goes back to inactive; nobody is notified',
        correct: true,
        explanation:
          'The condition did not hold for the whole 60 s, so the alert never fired. That is the point of “for”: blips that fix themselves do not wake anyone.',
      },
      {
        text: 'It fires at 10:00:00 and resolves at 10:00:40',
        explanation:
          'That is what a rule without “for” would do: it fires at the first true evaluation.',
      },
      {
        text: 'It fires at 10:01:00, because 60 s have passed since the condition became true',
        explanation:
          'The condition must hold continuously for 60 s. It cleared at 10:00:40, which reset the alert to inactive.',
      },
      {
        text: 'It fires at 10:00:40, when the condition clears',
        explanation: 'Alerts fire while a condition holds, never because it cleared.',
      },
    ],
  },
  {
    id: 'q3',
    objective: 1,
    section: '',
    question:
      'Your rule pages within 15 s of every incident but also pages five times a night for blips that fix themselves. What is the real cost?',
    choices: [
      {
        text: 'People learn to ignore the pages, and one night the ignored page is a real incident',
        correct: true,
        explanation:
          'Alert fatigue: every false page teaches the on-call developer that pages can wait. A slightly slower rule that is always right gets a faster human response.',
      },
      {
        text: 'None: it is better to be safe',
        explanation:
          'A page nobody acts on is not safe. Pages must be rare and actionable, or they stop being read.',
      },
      {
        text: 'The metrics service gets overloaded',
        explanation:
          'Evaluating and sending a few notifications costs nothing; people are the cost.',
      },
      {
        text: 'The blips become real incidents',
        explanation: 'Paging does not change the system; it only interrupts a person.',
      },
    ],
  },
  {
    id: 'q4',
    objective: 1,
    section: '',
    question:
      'A service has an SLO of 99.9 % successful requests over 30 days. How much complete downtime does its error budget allow?',
    choices: [
      {
        text: 'About 43 minutes',
        correct: true,
        explanation:
          'The budget is 0.1 % of the time: 30 × 24 × 60 min × 0.001 = 43.2 min of total failure, or proportionally more of partial failure.',
      },
      {
        text: 'About 4.3 minutes',
        explanation: 'That is the budget of 99.99 %, ten times smaller.',
      },
      {
        text: 'About 7 hours',
        explanation: 'That is closer to 99 % (7.2 h over 30 days).',
      },
      {
        text: 'None: 99.9 % means the service must never be down',
        explanation:
          'An SLO below 100 % deliberately allows some failure: that allowance is the error budget.',
      },
    ],
  },
  {
    id: 'q5',
    objective: 1,
    section: '',
    question:
      'Against a 99.9 % SLO, 2 % of requests are failing. What is the burn rate, and what does it mean?',
    choices: [
      {
        text: '20: the 30-day budget would be gone in a day and a half',
        correct: true,
        explanation:
          'Burn rate = error ratio ÷ budget = 0.02 ÷ 0.001 = 20. At 20× the budget lasts 30 days ÷ 20 = 1.5 days.',
      },
      {
        text: '2: twice the allowed errors',
        explanation: 'The budget is 0.1 %, not 1 %. 2 % is twenty times 0.1 %.',
      },
      {
        text: '0.02: well within the budget',
        explanation:
          'That is the error ratio itself. Divide by the budget (0.001) to compare it with the SLO.',
      },
      {
        text: '98: the success rate in percent',
        explanation:
          'The success rate is 98 %; the burn rate compares the failures with the budget.',
      },
    ],
  },
  {
    id: 'q6',
    objective: 1,
    section: '',
    question: 'Why does a burn-rate rule check a long window AND a short window?',
    choices: [
      {
        text: 'The long window shows the burn is big enough to matter; the short one that it is still happening, so the alert resolves soon after a fix',
        correct: true,
        explanation:
          'A 1-hour window alone stays high for an hour after an outage ends; a 5-minute window alone pages on any short blip. Requiring both keeps the precision of the first and the quick reset of the second.',
      },
      {
        text: 'To fire twice as often',
        explanation: 'Requiring both windows makes it fire less often, not more.',
      },
      {
        text: 'Because the short window is more accurate',
        explanation:
          'A short window has fewer requests and is noisier; that is why it cannot page alone.',
      },
      {
        text: 'So that one of the windows can be missing',
        explanation: 'Both must be above the factor for the pair to fire.',
      },
    ],
  },
];

export default quiz;
