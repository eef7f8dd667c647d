/**
 * The course layer: one rule maps lesson folders to ids and paths (course/paths.ts), and the Node
 * twin (course/node.ts) discovers the same chapters, exercises and simulations as the registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  byCourseOrder,
  chapterIdFromPath,
  chapterPath,
  exerciseAnchor,
  exerciseIdFromPath,
  exercisePathHint,
  parseItemId,
  parseLessonPath,
  simulationIdFromPath,
  simulationPathHint,
} from '../../course/paths.ts';
import {
  chapters,
  exercises,
  exerciseSource,
  findChapter,
  lessonFile,
  loadSimulation,
  simulations,
} from '../../course/node.ts';

describe('course/paths: folders to ids', () => {
  it('reads a chapter id from every form of path', () => {
    for (const path of [
      '01-servers/index.mdx',
      'lessons/01-servers/index.mdx',
      '/lessons/01-servers/quiz.ts',
      '/home/me/repo/lessons/01-servers/model/x.ts',
      'C:\\repo\\lessons\\01-servers\\index.mdx',
    ]) {
      expect(chapterIdFromPath(path), path).toBe('servers');
    }
    expect(chapterIdFromPath('lessons/08-keeping-data-safe/index.mdx')).toBe('keeping-data-safe');
  });

  it('names exercises chapter/slug and simulations chapter/name', () => {
    expect(exerciseIdFromPath('/lessons/01-servers/exercises/route-requests/checks.ts')).toBe(
      'servers/route-requests',
    );
    expect(
      simulationIdFromPath('/lessons/06-load-balancers/simulations/compare-strategies.ts'),
    ).toBe('load-balancers/compare-strategies');
    expect(parseLessonPath('lessons/14-capstone/quiz.ts')).toEqual({
      ok: true,
      value: { kind: 'quiz', chapter: 'capstone', folder: '14-capstone' },
    });
  });

  it('refuses what is not a lesson path, saying what it expected', () => {
    expect(() => simulationIdFromPath('/lessons/01-servers/index.mdx')).toThrow(/Not a simulation/);
    expect(() => exerciseIdFromPath('/lessons/01-servers/simulations/x.ts')).toThrow(
      /Not an exercise/,
    );
    expect(parseLessonPath('lessons/glossary.json')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expected lessons\/NN-chapter/) as unknown,
    });
  });

  it('parses ids and formats hints, URLs and anchors', () => {
    expect(parseItemId('servers/route-requests')).toEqual({
      ok: true,
      value: { chapter: 'servers', slug: 'route-requests' },
    });
    for (const bad of ['servers', 'a/b/c', 'Servers/x', 'servers/-x', '', 7]) {
      expect(parseItemId(bad).ok, String(bad)).toBe(false);
    }
    expect(exercisePathHint('servers/keep-up', 'starter.ts')).toBe(
      'lessons/NN-servers/exercises/keep-up/starter.ts',
    );
    expect(simulationPathHint('servers/one-server')).toBe(
      'lessons/NN-servers/simulations/one-server.ts',
    );
    expect(chapterPath('servers')).toBe('learn/servers/');
    expect(chapterPath('servers', 'queue wait')).toBe('learn/servers/#queue%20wait');
    expect(exerciseAnchor('servers/keep-up')).toBe('exercise-servers-keep-up');
  });

  it('orders folders by number, so 12 comes after 2', () => {
    expect(['12-caching', '02-clients', '10-alerts', '1-a'].sort(byCourseOrder)).toEqual([
      '1-a',
      '02-clients',
      '10-alerts',
      '12-caching',
    ]);
  });
});

describe('course/node: the registry twin', () => {
  it('finds every chapter in course order, by id or folder', () => {
    const all = chapters();
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all.map((c) => c.order)).toEqual([...all.map((c) => c.order)].sort((a, b) => a - b));
    const servers = findChapter('servers');
    expect(servers.ok && servers.value.folder).toMatch(/^\d+-servers$/);
    expect(findChapter(servers.ok ? servers.value.folder : '')).toEqual(servers);
    const unknown = findChapter('nope');
    expect(!unknown.ok && unknown.message).toMatch(/Unknown chapter "nope"\. Chapters: servers, /);
    expect(readFileSync(lessonFile('servers', 'index.mdx'), 'utf8')).toMatch(/^---\n/);
  });

  it('finds exercises and simulations under the ids the pages use', async () => {
    expect(exercises().map((e) => e.id)).toContain('servers/route-requests');
    expect(exerciseSource('servers/route-requests', 'starter')).toMatch(/export/);
    expect(simulations().map((s) => s.id)).toContain('servers/one-server');
    expect((await loadSimulation('servers/one-server')).controls.length).toBeGreaterThan(0);
    await expect(loadSimulation('servers/nope')).rejects.toThrow(
      /expected a file lessons\/NN-servers\/simulations\/nope\.ts/,
    );
  });
});

describe('one rule, one place', () => {
  const root = join(import.meta.dirname, '..', '..');
  const skip = new Set([
    'node_modules',
    'dist',
    '.astro',
    '.git',
    'test-results',
    'lessons',
    'course',
  ]);
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      if (skip.has(d.name)) return [];
      const full = join(dir, d.name);
      if (d.isDirectory()) return sources(full);
      return /\.(ts|astro|mjs|js)$/.test(d.name) ? [full] : [];
    });

  it('no code outside course/ parses a lesson folder name or globs the lessons', () => {
    // The folder rule written as a regular expression (`^\d+-`, `\d*-?`) or a glob over lessons.
    const rule = /\\d[*+]-|\\d\{2\}-|import\.meta\.glob[^(]*\(\s*['"[]\/lessons/;
    const offenders = sources(root)
      .filter((f) => !f.endsWith('course.test.ts'))
      .filter((f) => rule.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
