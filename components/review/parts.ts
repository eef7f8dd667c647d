/**
 * The data attributes that name the parts of the Review page's markup: review.astro writes them,
 * ReviewElement.ts finds them, so the two cannot drift apart silently.
 */
export const PART = {
  summary: 'data-review-summary',
  notice: 'data-review-notice',
  card: 'data-review-card',
  heading: 'data-review-heading',
  chapter: 'data-review-chapter',
  form: 'data-review-form',
  question: 'data-review-question',
  setup: 'data-review-setup',
  choices: 'data-review-choices',
  number: 'data-review-number',
  numberInput: 'data-review-number-input',
  unit: 'data-review-unit',
  problem: 'data-review-problem',
  feedback: 'data-review-feedback',
  verdict: 'data-review-verdict',
  explanations: 'data-review-explanations',
  section: 'data-review-section',
  sectionLink: 'data-review-section-link',
  nextButton: 'data-review-next',
  done: 'data-review-done',
} as const;

export type PartName = keyof typeof PART;
