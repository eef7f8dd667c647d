/**
 * `<archlab-review>`: the Review page's island. It reads the embedded question catalogue, brings the
 * stored schedule in step with it and with the finished chapters, then renders what a
 * {@link ReviewSession} says, one question at a time. Text always goes in through textContent.
 */
import { el } from '../dom.ts';
import { CATALOGUE_ID, type ReviewCatalogue } from './catalogue.ts';
import { PART, type PartName } from './parts.ts';
import { syncState } from './state.ts';
import { droppedNotice, ReviewSession, type Summary } from './session.ts';
import { finishedChapters, loadReview, saveReview } from './store.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The summary line: how many are due today, and when the next ones are. */
export function summaryText(s: Summary): string {
  if (s.scheduled === 0) {
    return "Nothing to review yet. Finish a chapter's quiz, and its questions come back here from the next day, each when it is about to be forgotten.";
  }
  const today =
    s.dueToday === 0
      ? 'No questions are due today.'
      : `${plural(s.dueToday, 'question')} due today${
          s.remaining < s.dueToday ? `, ${s.remaining} left` : ''
        }.`;
  const next = s.next
    ? ` Next: ${plural(s.next.count, 'question')} on ${dateFormat.format(s.next.at)}.`
    : '';
  return today + next;
}

class ReviewElement extends HTMLElement {
  #session: ReviewSession | undefined;
  #base = '/';

  connectedCallback(): void {
    if (this.#session) return;
    const data = document.getElementById(CATALOGUE_ID)?.textContent;
    if (!data) return;
    const catalogue = JSON.parse(data) as ReviewCatalogue;
    this.#base = catalogue.base;
    const now = Date.now();
    const loaded = loadReview();
    const { state, report } = syncState(
      loaded.state,
      catalogue.items.map((i) => i.key),
      finishedChapters(),
    );
    if (report.added > 0 || report.dropped > 0 || loaded.notice) saveReview(state);
    const notices = [loaded.notice, droppedNotice(report)].filter((n) => n !== undefined);
    if (notices.length > 0) {
      const notice = this.get('notice');
      notice.textContent = notices.join(' ');
      notice.hidden = false;
    }
    this.#session = new ReviewSession(state, catalogue.items, now);

    this.get('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.get('nextButton').addEventListener('click', () => this.advance());
    this.render();
    this.dataset['ready'] = '';
  }

  get<T extends HTMLElement = HTMLElement>(name: PartName): T {
    const found = this.querySelector<T>(`[${PART[name]}]`);
    if (!found) throw new Error(`Review page markup lacks [${PART[name]}]`);
    return found;
  }

  check(): void {
    const session = this.#session;
    const asked = session?.current();
    if (!session || !asked) return;
    const picked = this.querySelector<HTMLInputElement>(`[${PART.choices}] input:checked`);
    const result = session.answer(
      asked.choices
        ? { choice: picked ? Number(picked.value) : undefined }
        : { text: this.get<HTMLInputElement>('numberInput').value },
      Date.now(),
    );
    const problem = this.get('problem');
    if ('problem' in result) {
      problem.textContent = result.problem;
      return;
    }
    problem.textContent = '';
    saveReview(session.state);
    this.render();
    this.get('feedback').focus();
  }

  advance(): void {
    this.#session?.next();
    this.render();
    const target = this.#session?.phase === 'asking' ? this.get('heading') : this.get('done');
    target.focus();
  }

  render(): void {
    const session = this.#session;
    if (!session) return;
    this.get('summary').textContent = summaryText(session.summary(Date.now()));
    const phase = session.phase;
    this.get('card').hidden = phase === 'done';
    this.get('done').hidden = phase !== 'done' || session.summary(Date.now()).dueToday === 0;
    if (phase === 'done') return;
    if (phase === 'asking') this.renderQuestion();
    this.renderFeedback();
  }

  renderQuestion(): void {
    const asked = this.#session?.current();
    if (!asked) return;
    // The card's key, for tests and for anyone reading the DOM: which question this is.
    this.get('card').dataset['key'] = asked.key;
    this.get('heading').textContent = `Question ${asked.position} of ${asked.total}`;
    this.get('chapter').textContent = `From “${asked.chapterTitle}”`;
    this.get('question').textContent = asked.question;
    const setup = this.get('setup');
    setup.hidden = asked.setup === undefined;
    setup.textContent = asked.setup ? `Set-up: ${asked.setup}` : '';
    const choices = this.get('choices');
    choices.replaceChildren();
    choices.hidden = !asked.choices;
    for (const [i, c] of (asked.choices ?? []).entries()) {
      const id = `review-choice-${i}`;
      const input = el('input');
      input.type = 'radio';
      input.name = 'review-choice';
      input.id = id;
      input.value = String(c.index);
      const label = el('label', c.text);
      label.htmlFor = id;
      const row = el('div', undefined, 'choice');
      row.dataset['choice'] = String(c.index);
      row.append(input, label);
      choices.append(row);
    }
    const number = this.get('number');
    number.hidden = asked.choices !== undefined;
    const input = this.get<HTMLInputElement>('numberInput');
    input.value = '';
    input.disabled = false;
    this.get('unit').textContent = asked.unit ?? '';
    this.get('problem').textContent = '';
  }

  renderFeedback(): void {
    const session = this.#session;
    const feedback = session?.feedback;
    const box = this.get('feedback');
    const submit = this.get('form').querySelector<HTMLButtonElement>('button[type=submit]');
    box.hidden = !feedback;
    if (submit) submit.hidden = Boolean(feedback);
    if (!session || !feedback) return;
    // The question stays readable above its feedback, but can no longer be changed.
    for (const input of this.get('form').querySelectorAll<HTMLInputElement>('input')) {
      input.disabled = true;
    }
    const picked = this.querySelector<HTMLInputElement>(`[${PART.choices}] input:checked`);
    for (const row of this.querySelectorAll<HTMLElement>(`[${PART.choices}] .choice`)) {
      const text = row.querySelector('label')?.textContent ?? '';
      const isPicked = row.contains(picked);
      const state = text === feedback.answer ? 'right' : isPicked ? 'wrong' : 'other';
      row.dataset['state'] = state;
      // Colour alone does not say which is which: a word does.
      if (state !== 'other')
        row.append(el('span', state === 'right' ? '✓ right' : '✗ yours', 'mark'));
    }
    const verdict = this.get('verdict');
    verdict.dataset['state'] = feedback.correct ? 'right' : 'wrong';
    verdict.textContent = feedback.correct
      ? `Correct. It comes back on ${dateFormat.format(feedback.nextDue)}.`
      : `Not quite: the answer is “${feedback.answer}”. It comes back on ${dateFormat.format(feedback.nextDue)}.`;
    const list = this.get('explanations');
    list.replaceChildren(...feedback.explanations.map((text) => el('li', text)));
    // A wrong answer sends the learner back to the section that teaches the idea.
    const section = this.get('section');
    section.hidden = feedback.correct;
    const link = this.get<HTMLAnchorElement>('sectionLink');
    link.href = this.#base + feedback.sectionPath;
    link.textContent = feedback.sectionName
      ? `${feedback.sectionName}, in “${feedback.chapterTitle}”`
      : `“${feedback.chapterTitle}”`;
    const remaining = session.summary(Date.now()).remaining;
    this.get('nextButton').textContent = remaining > 0 ? 'Next question' : 'Finish';
  }
}

/** Register the element once. */
export function defineReviewElement(): void {
  if (!customElements.get('archlab-review')) customElements.define('archlab-review', ReviewElement);
}
