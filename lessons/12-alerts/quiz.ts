/** The chapter's self-check quiz: data validated at build time by components/quiz.ts. */
import type { QuizQuestion } from '../../components/quiz.ts';

const quiz: QuizQuestion[] = [
  {
    id: 'page-on-symptoms',
    objective: 1,
    section: 'from-a-target-to-a-rule',
    question: 'Which of these conditions deserves to page a developer at 3 a.m.?',
    choices: [
      {
        text: 'One server’s CPU has been running above 80 % for the last five minutes',
        explanation:
          'That is a cause, and often a harmless one: a busy CPU that hurts nobody needs no one at night. Alert on what users feel; look at causes once a symptom says something is wrong.',
      },
      {
        text: 'The disk is 70 % full and grows by about 1 % a week',
        explanation:
          'That needs attention within weeks, not minutes: a ticket for working hours, not a page. A page is for what needs a human now.',
      },
      {
        text: 'Checkout success has been below its 95 % target for two minutes',
        correct: true,
        explanation:
          'Yes. It is a symptom users feel (failed payments), it has lasted long enough not to be a blip, and it needs a human now, whatever its cause turns out to be.',
      },
      {
        text: 'A single request failed with a 500 error a minute ago',
        explanation:
          'One failure among thousands is noise: some requests always fail. Paging for it teaches people to ignore pages. Alert on a rate over a window.',
      },
    ],
  },
  {
    id: 'for-duration-states',
    objective: 2,
    section: 'pending-firing-and-the-for-duration',
    question:
      'A rule has `for: 45s`. Its condition becomes true, stays true for 30 s, then clears. What does the alert do?',
    choices: [
      {
        text: 'It fires after 30 s, when the condition has held long enough to matter',
        explanation:
          'The for duration is the bar: the condition must hold for all of it. 30 s is less than 45 s, so the alert never leaves pending.',
      },
      {
        text: 'It goes pending for 30 s, then back to inactive, and nobody is notified',
        correct: true,
        explanation:
          'Yes. A true condition makes the alert pending; only if it stays true for the whole for duration does it fire. A condition that clears sooner was a blip, and the alert returns quietly to inactive.',
      },
      {
        text: 'It fires at 45 s, because the for timer started when it became true',
        explanation:
          'The condition is checked at every evaluation while pending; once it is false the alert is inactive again and the timer is gone. Nothing fires at 45 s.',
      },
      {
        text: 'It fires at once, then sends “resolved” when the condition clears',
        explanation:
          'That is what a rule without a for duration does. The for duration exists to keep short blips from notifying anyone at all.',
      },
    ],
  },
  {
    id: 'window-and-for-on-the-timeline',
    kind: 'predict',
    objective: 3,
    section: 'pending-firing-and-the-for-duration',
    simulation: 'alerts/incident-timeline',
    setup:
      'Keep the target at 95 % and “keep firing for” at 0. Set the window to 30 s and “for” to 45 s. Before running, predict the pages sent.',
    question: 'What will the rule do over the quarter of an hour?',
    choices: [
      {
        text: 'Page three times: once for each blip and once for the incident',
        explanation:
          'That is the default rule (5 s window, no for). Averaged over 30 s and required to hold for 45 s, the blips of 15 s and 10 s never get the alert past pending.',
      },
      {
        text: 'Page once, for the incident, within about a minute of its start',
        correct: true,
        explanation:
          'Yes. The 30 s window needs a few seconds to rise above 5 % errors once the incident starts, then the condition must hold 45 s: the page comes about 50 s in. The blips are too short to last through window and for.',
      },
      {
        text: 'Page not at all: a 45 s for duration hides the incident as well',
        explanation:
          'A for duration delays a page; it does not hide a problem that lasts longer than it. The incident lasts four minutes, far more than 45 s.',
      },
      {
        text: 'Page once, for the first blip, then stay firing through the incident',
        explanation:
          'The first blip lasts 15 s; averaged over 30 s and held for 45 s it cannot fire. And a firing alert resolves when its condition clears, which happens well before the incident.',
      },
    ],
  },
  {
    id: 'detection-delay',
    kind: 'number',
    objective: 3,
    section: 'pending-firing-and-the-for-duration',
    question:
      'A rule pages when the error rate averaged over a 60 s window is above 5 % for 45 s. The error rate is 0 %, then jumps to 20 % and stays there. Ignoring scrape and evaluation intervals, how many seconds after the jump is the page sent?',
    answer: 60,
    tolerance: 5,
    unit: 's',
    solution:
      'Detection delay ≈ time for the window to cross + for. After t seconds, the 60 s window holds t seconds at 20 % and the rest at 0 %: its average is 0.20 × t ÷ 60. That passes 0.05 when t = 0.05 × 60 ÷ 0.20 = 15 s. The alert is then pending for 45 s, so it fires at 15 + 45 = 60 s.',
    misconceptions: [
      {
        answer: 45,
        explanation:
          'That is the for duration alone. The window first has to fill with enough of the incident for its average to pass 5 %: 15 s here.',
      },
      {
        answer: 105,
        explanation:
          'That waits for the whole 60 s window to fill. The average passes 5 % long before: once a quarter of the window is at 20 %.',
      },
    ],
  },
  {
    id: 'error-budget-minutes',
    kind: 'number',
    objective: 4,
    section: 'service-level-objectives-and-error-budgets',
    question:
      'An SLO promises 99.95 % of requests succeed over 30 days, with constant traffic. How many minutes of complete outage does its error budget allow?',
    answer: 21.6,
    tolerance: 0.1,
    unit: 'min',
    solution:
      'The error budget is 1 − 0.9995 = 0.0005 of the requests. Over 30 days = 30 × 24 × 60 = 43,200 minutes of constant traffic, a complete outage spends it in 43,200 × 0.0005 = 21.6 minutes.',
    misconceptions: [
      {
        answer: 43.2,
        explanation:
          'That is the budget of 99.9 % (0.001 × 43,200). One more 5 halves the budget: 0.0005 × 43,200.',
      },
      {
        answer: 216,
        explanation:
          'That uses 0.005 (99.5 %). 99.95 % leaves 0.05 % = 0.0005 of the requests to fail.',
      },
    ],
  },
  {
    id: 'burn-rate-days',
    objective: 4,
    section: 'service-level-objectives-and-error-budgets',
    question:
      'Against a 99.9 % SLO over 30 days, 0.5 % of requests start failing and keep failing. What is the burn rate, and when is the month’s budget gone?',
    choices: [
      {
        text: 'Burn rate 0.5; the budget lasts twice the month',
        explanation:
          'That takes the error ratio itself as the burn rate. The burn rate compares it with the budget: 0.005 ÷ 0.001.',
      },
      {
        text: 'Burn rate 5; the budget is gone in 6 days',
        correct: true,
        explanation:
          'Yes. The burn rate is the error ratio ÷ the budget = 0.005 ÷ 0.001 = 5: the budget goes five times faster than planned, in 30 ÷ 5 = 6 days.',
      },
      {
        text: 'Burn rate 5; the budget is gone in 5 days',
        explanation:
          'The burn rate is right, but a burn rate of 1 spends the budget in the whole 30 days, so 5 spends it in 30 ÷ 5 = 6 days.',
      },
      {
        text: 'Burn rate 500; the budget is gone within the hour',
        explanation:
          'That divides by 0.001 % instead of 0.1 %. A 99.9 % objective leaves 0.001 of the requests as budget.',
      },
    ],
  },
  {
    id: 'burn-detection-with-history',
    kind: 'number',
    objective: 5,
    section: 'multi-window-burn-rate-alerts',
    question:
      'A 99.9 % SLO is watched by the rule in the table (1 h and 5 min windows above 14.4, or 6 h and 30 min above 6). After many hours with no errors at constant traffic, 2 % of requests start failing. About how many minutes later does the rule page?',
    answer: 43.2,
    tolerance: 1,
    unit: 'min',
    solution:
      'The burn rate of 2 % errors is 0.02 ÷ 0.001 = 20. The 5 min window passes 14.4 within minutes, but the 1 h window still holds the healthy history: after t minutes its error ratio is 0.02 × t ÷ 60. It passes 14.4 × 0.001 = 0.0144 when t = 60 × 0.0144 ÷ 0.02 = 43.2 minutes. The 6 h pair would need 0.02 × t ÷ 360 > 0.006, t = 108 minutes. So the page comes after about 43 minutes: detection time = long window × factor ÷ burn rate.',
    misconceptions: [
      {
        answer: 3.6,
        explanation:
          'That is when the 5 min window alone passes 14.4. The long window must pass it too, and it still remembers the healthy hour before the errors started.',
      },
      {
        answer: 0,
        explanation:
          'That would only hold if the windows had no history, as at the very start of a simulation: then the 1 h window sees nothing but the 2 % errors. A real service has a healthy past in every window.',
      },
      {
        answer: 108,
        explanation:
          'That is when the 6 h pair would fire. The 1 h pair fires first, and either pair is enough.',
      },
    ],
  },
  {
    id: 'why-the-short-window',
    objective: 5,
    section: 'multi-window-burn-rate-alerts',
    question:
      'Each pair in a multi-window burn-rate rule fires only when the long window AND a short window (1/12 of it) both exceed the factor. What does the short window add?',
    choices: [
      {
        text: 'It pages sooner, since a 5 min window crosses the factor before a 1 h one does',
        explanation:
          'With AND, the short window can never make the pair fire earlier: the long window still has to pass the factor too. Its job is the other end of the incident.',
      },
      {
        text: 'It filters blips: a short burst cannot raise the short window enough',
        explanation:
          'Blips are the long window’s job: a 20 s burst is diluted across a whole hour. A short window reacts to a burst more, not less.',
      },
      {
        text: 'It smooths the long window, so its noise does not cause pages',
        explanation:
          'A short window is noisier than a long one, not smoother. It is added as a second condition, not averaged in.',
      },
      {
        text: 'It shows the burn is still going on, so the alert clears soon after a fix',
        correct: true,
        explanation:
          'Yes. After a fix the 1 h window stays above the factor for a long time, remembering the incident. The 5 min window drops within minutes, so the alert resolves instead of firing for an hour after the problem is gone.',
      },
    ],
  },
];

export default quiz;
