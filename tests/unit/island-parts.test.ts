/**
 * The islands' markup and views name their parts from one constant: every part is written in the
 * .astro file through the helper (never by hand, where a typo would go unnoticed until a browser
 * test), and every toolbar action the session knows has its button.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISE_ACTIONS, EXERCISE_PARTS } from '../../components/exercise/parts.ts';
import { SIMULATION_PARTS } from '../../components/simulation/parts.ts';

/** The template of an .astro file: after the frontmatter, before its styles. */
function template(path: string): string {
  const source = readFileSync(path, 'utf8');
  const body = source.slice(source.indexOf('---', 3) + 3);
  return body.slice(0, body.indexOf('<style'));
}

describe('Exercise.astro', () => {
  const markup = template('components/mdx/Exercise.astro');

  it.each(Object.entries(EXERCISE_PARTS))('writes part %s (%s) through part()', (name, attr) => {
    expect(markup).toContain(`{...part('${name}')}`);
    expect(markup).not.toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
  });

  it.each(EXERCISE_ACTIONS)('has a button for action %s, written through action()', (name) => {
    expect(markup).toContain(`{...action('${name}')}`);
    expect(markup).not.toContain(`data-action="${name}"`);
  });
});

describe('Simulation.astro', () => {
  const markup = template('components/mdx/Simulation.astro');

  it.each(Object.entries(SIMULATION_PARTS).filter(([name]) => name !== 'root'))(
    'writes part %s (%s) through simPart()',
    (name, attr) => {
      expect(markup).toContain(`{...simPart('${name}')}`);
      expect(markup).not.toMatch(new RegExp(`\\s${attr}(?=[\\s=>/])`));
    },
  );

  it('keeps the section that tests and styles find by data-simulation, inside the island', () => {
    expect(markup).toMatch(/<archlab-simulation>\s*<section[^>]*data-simulation=\{id\}/);
  });
});
