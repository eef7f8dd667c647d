/**
 * The islands' markup and views name their parts from one constant. The .astro source writes
 * every part through the helper (never by hand, where a typo would go unnoticed until a browser
 * test), and the rendered HTML (Astro's container, with a stand-in content collection) has each
 * part once, as the bare attribute the view's selector finds, and a button for every action.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EXERCISE_ACTIONS, EXERCISE_PARTS } from '../../components/exercise/parts.ts';
import { SIMULATION_PARTS } from '../../components/simulation/parts.ts';
import Exercise from '../../components/mdx/Exercise.astro';
import Simulation from '../../components/mdx/Simulation.astro';
import Quiz from '../../components/mdx/Quiz.astro';
import { QUIZ_PARTS } from '../../components/quizParts.ts';
import serversQuiz from '../../lessons/01-servers/quiz.ts';

// Exercise.astro reads its title, goal and hints from the chapter's frontmatter.
vi.mock('astro:content', async () => {
  // Quiz.astro checks each question's objective, section and simulation against its chapter.
  const quiz = (await import('../../lessons/01-servers/quiz.ts')).default;
  const objectives = Math.max(...quiz.map((q) => q.objective));
  const entry = {
    id: 'servers',
    filePath: 'lessons/01-servers/index.mdx',
    body: '<Simulation id="servers/one-server" />',
    data: {
      objectives: Array.from({ length: objectives }, (_, i) => `Objective ${i + 1}`),
      exercises: [
        {
          slug: 'route-requests',
          title: 'Route requests',
          goal: 'Answer every path.',
          hints: ['First hint', 'Second hint'],
          timeLimitMs: 3000,
        },
      ],
    },
  };
  return {
    getCollection: () => Promise.resolve([entry]),
    getEntry: () => Promise.resolve(entry),
    render: () =>
      Promise.resolve({ headings: quiz.map((q) => ({ slug: q.section, depth: 2, text: '' })) }),
  };
});

/** The template of an .astro file: after the frontmatter, before its styles. */
function template(path: string): string {
  const source = readFileSync(path, 'utf8');
  const body = source.slice(source.indexOf('---', 3) + 3);
  return body.slice(0, body.indexOf('<style'));
}

/** How many elements carry `attr` as a bare attribute in rendered HTML. */
function count(html: string, attr: string): number {
  return html.match(new RegExp(`\\s${attr}(?=[\\s>/])`, 'g'))?.length ?? 0;
}

/** Typed lint reads .astro imports as unknown; the container takes Astro components. */
type AstroComponent = Parameters<AstroContainer['renderToString']>[0];

let exerciseHtml = '';
let simulationHtml = '';
let quizHtml = '';
beforeAll(async () => {
  const container = await AstroContainer.create();
  exerciseHtml = await container.renderToString(Exercise as AstroComponent, {
    props: { id: 'servers/route-requests' },
  });
  simulationHtml = await container.renderToString(Simulation as AstroComponent, {
    props: { id: 'servers/one-server' },
  });
  quizHtml = await container.renderToString(Quiz as AstroComponent, {
    props: { id: 'servers', questions: serversQuiz },
  });
});

describe('Exercise.astro', () => {
  const markup = template('components/mdx/Exercise.astro');

  it.each(Object.entries(EXERCISE_PARTS))(
    'part %s (%s): written through part(), rendered once',
    (name, attr) => {
      expect(markup).toContain(`{...part('${name}')}`);
      expect(markup).not.toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
      expect(count(exerciseHtml, attr)).toBe(1);
    },
  );

  it.each(EXERCISE_ACTIONS)('action %s: one button, written through action()', (name) => {
    expect(markup).toContain(`{...action('${name}')}`);
    expect(markup).not.toContain(`data-action="${name}"`);
    expect(exerciseHtml.match(new RegExp(`<button[^>]*data-action="${name}"`, 'g'))).toHaveLength(
      1,
    );
  });
});

describe('Simulation.astro', () => {
  const markup = template('components/mdx/Simulation.astro');
  const parts = Object.entries(SIMULATION_PARTS).filter(([name]) => name !== 'root');

  it.each(parts)('part %s (%s): written through simPart(), rendered once', (name, attr) => {
    expect(markup).toContain(`{...simPart('${name}')}`);
    expect(markup).not.toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
    expect(count(simulationHtml, attr)).toBe(1);
  });

  it('keeps the section that tests and styles find by data-simulation, inside the island', () => {
    expect(simulationHtml).toMatch(
      /^<archlab-simulation[^>]*><section class="sim"[^>]*data-simulation="servers\/one-server"/,
    );
  });

  it('a default run that did not stop early renders its notice hidden and empty', () => {
    expect(simulationHtml).toMatch(/<p class="sim__notice" data-sim-notice hidden[^>]*><\/p>/);
  });
});

describe('Quiz.astro', () => {
  const markup = template('components/mdx/Quiz.astro');

  it.each(Object.entries(QUIZ_PARTS))('part %s (%s): written through quizPart()', (name, attr) => {
    expect(markup).toMatch(new RegExp(`\\{\\.\\.\\.quizPart\\('${name}'[,)]`));
    expect(markup).not.toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
    expect(quizHtml).toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
  });

  it('one quiz, one score; one fieldset, verdict and Check button per question', () => {
    for (const part of [QUIZ_PARTS.score, QUIZ_PARTS.scoreText, QUIZ_PARTS.retry]) {
      expect(count(quizHtml, part)).toBe(1);
    }
    expect(quizHtml.match(/ data-quiz="servers"/g)).toHaveLength(1);
    expect(quizHtml.match(/<fieldset[^>]* data-question="\d+"/g)).toHaveLength(serversQuiz.length);
    expect(count(quizHtml, QUIZ_PARTS.result)).toBe(serversQuiz.length);
    expect(count(quizHtml, QUIZ_PARTS.check)).toBe(serversQuiz.length);
  });
});
