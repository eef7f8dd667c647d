/**
 * The cross-engine smoke scenario: what a learner does on a visit, as in-page scripts, so one
 * scenario drives any browser (Firefox over WebDriver BiDi, WebKit over classic WebDriver, or
 * Playwright's own builds). Each step is an async function body run in the page; it throws with
 * what it saw when the page does not behave.
 */

/** One browser session, whatever drives it. */
export interface Session {
  /** Open a path relative to the site's base URL and wait for the load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Run `body` (an async function body; `args` is in scope) in the page; resolves to its result. */
  run<T>(body: string, args?: unknown): Promise<T>;
}

/** Helpers available to every step's body as `H`. */
const HELPERS = String.raw`
const H = {
  async until(what, test, timeout = 30000) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await test();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting for ' + what);
      await new Promise((r) => setTimeout(r, 100));
    }
  },
  q(selector, root = document) {
    const el = root.querySelector(selector);
    if (!el) throw new Error('no element ' + selector + ' on ' + location.pathname);
    return el;
  },
  /** Scroll without animation: WebKitWebDriver's own click fails under smooth scrolling. */
  show(el) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    return el;
  },
  exercise(id) { return H.q('archlab-exercise[data-id="' + id + '"]'); },
  async openExercise(id) {
    const island = H.show(H.exercise(id));
    island.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await H.until('the editor of ' + id, () => island.hasAttribute('data-ready'), 60000);
    return island;
  },
  setCode(id, code) { window.__archlab.exercises[id].setCode(code); },
  async runExercise(island) {
    const before = Number(island.getAttribute('data-runs') || 0);
    H.q('[data-action="run"]', island).click();
    await H.until('a run\'s results', () => Number(island.getAttribute('data-runs') || 0) > before, 60000);
    return island.querySelector('[data-results]');
  },
};
`;

/** What the scenario needs from the course, read from disk by the runner. */
export interface ScenarioData {
  chapter: string;
  exerciseId: string;
  solution: string;
  quizPage: string;
}

/** One named step of the scenario. */
export interface Step {
  name: string;
  run(session: Session, data: ScenarioData): Promise<void>;
}

async function inPage<T>(session: Session, body: string, args?: unknown): Promise<T> {
  return session.run<T>(`${HELPERS}\n${body}`, args);
}

export const STEPS: Step[] = [
  {
    name: 'a chapter loads with its heading, simulation and exercise',
    async run(s, d) {
      await s.goto(`learn/${d.chapter}/`);
      await inPage(
        s,
        `const h1 = H.q('h1').textContent.trim();
         if (!h1) throw new Error('empty heading');
         H.q('section[data-simulation]');
         H.exercise(args.id);`,
        { id: d.exerciseId },
      );
    },
  },
  {
    name: 'a simulation runs and shows its figures',
    async run(s) {
      await inPage(
        s,
        `const sim = H.show(H.q('section[data-simulation]'));
         await H.until('the simulation to finish a run', () => sim.getAttribute('data-state') === 'ready' && /Latency p95/.test(sim.textContent), 60000);`,
      );
    },
  },
  {
    name: "an exercise's starter: failed checks are reported as failed checks",
    async run(s, d) {
      const text = await inPage<string>(
        s,
        `const island = await H.openExercise(args.id);
         const results = await H.runExercise(island);
         if (island.getAttribute('data-state') !== 'failed') throw new Error('starter did not fail: ' + results.textContent);
         const failed = results.querySelectorAll('.results-checks li.is-fail').length;
         if (failed === 0) throw new Error('no failed check listed: ' + results.textContent.slice(0, 300));
         return results.textContent;`,
        { id: d.exerciseId },
      );
      if (/Your code threw|CheckFailure/.test(text)) {
        throw new Error(`a check's failure was reported as an error: ${text.slice(0, 300)}`);
      }
    },
  },
  {
    name: "an exercise's solution passes every check",
    async run(s, d) {
      await inPage(
        s,
        `const island = H.exercise(args.id);
         H.setCode(args.id, args.solution);
         const results = await H.runExercise(island);
         if (island.getAttribute('data-state') !== 'passed') throw new Error('solution did not pass: ' + results.textContent.slice(0, 300));`,
        { id: d.exerciseId, solution: d.solution },
      );
    },
  },
  {
    name: 'an infinite loop is stopped at the time limit',
    async run(s, d) {
      await inPage(
        s,
        `const island = H.exercise(args.id);
         H.setCode(args.id, 'export function handle() { while (true) {} }');
         const results = await H.runExercise(island);
         if (!/Stopped after/.test(results.textContent)) throw new Error('not stopped: ' + results.textContent.slice(0, 300));
         // The sandbox is replaced: the next run works.
         H.setCode(args.id, args.solution);
         await H.runExercise(island);
         if (island.getAttribute('data-state') !== 'passed') throw new Error('no run after the stop');`,
        { id: d.exerciseId, solution: d.solution },
      );
    },
  },
  {
    name: 'reload keeps the code',
    async run(s, d) {
      const marker = `// kept ${Date.now()}`;
      await inPage(
        s,
        `H.setCode(args.id, args.marker + '\\n' + args.solution);
         await H.until('the autosave', () => (localStorage.getItem('archlab:v1:code:' + args.id) || '').includes(args.marker), 5000);`,
        { id: d.exerciseId, solution: d.solution, marker },
      );
      await s.reload();
      await inPage(
        s,
        `await H.until('the saved code on the page', () => H.q('[data-code]', H.exercise(args.id)).textContent.includes(args.marker), 10000);
         await H.openExercise(args.id);
         if (!window.__archlab.exercises[args.id].getCode().includes(args.marker)) throw new Error('the editor lost the code');`,
        { id: d.exerciseId, marker },
      );
    },
  },
  {
    name: 'a quiz question is answered and marked',
    async run(s, d) {
      await s.goto(d.quizPage);
      await inPage(
        s,
        `const quiz = H.show(H.q('[data-quiz]'));
         const question = H.q('fieldset', quiz);
         const check = H.q('[data-check]', question);
         const result = H.q('[data-result]', question);
         // Until the quiz's script has run, Check does nothing: answer again until it is marked.
         await H.until('the verdict', () => {
           H.q('[data-choice][data-correct="true"] input', question).click();
           check.click();
           const verdict = result.textContent.trim();
           return /^Correct/.test(verdict) || (verdict && Promise.reject(new Error('verdict: ' + verdict)));
         }, 20000);`,
      );
    },
  },
  {
    name: 'search finds a chapter',
    async run(s, d) {
      await s.goto('');
      await inPage(
        s,
        `const input = H.q('[data-search-input]');
         input.focus();
         input.value = args.word;
         input.dispatchEvent(new Event('input', { bubbles: true }));
         await H.until('search results', () => document.querySelector('[data-search-results] a[href*="/learn/"]'), 20000);`,
        { word: d.chapter === 'servers' ? 'server' : d.chapter },
      );
    },
  },
];
