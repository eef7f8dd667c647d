/**
 * Every chapter's quiz with what the build checks it against (frontmatter objectives, heading
 * slugs, simulations on the page), read from the lesson folders so a new chapter is covered at once.
 */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { QuizContext, QuizQuestion } from '../../../components/quiz.ts';
import { findChapter, lessonFile, loadQuizzes } from '../../../course/node.ts';
import { unwrap } from '../../../course/result.ts';

export interface ChapterQuiz {
  /** Chapter slug, also the quiz id. */
  chapter: string;
  folder: string;
  questions: QuizQuestion[];
  context: Required<QuizContext>;
}

/** The frontmatter's `objectives:` list (single-quoted YAML items, as every chapter writes them). */
export function objectivesOf(mdx: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const block = /^objectives:\n((?: {2}- .*\n?)+)/m.exec(front)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => l.startsWith('  - '))
    .map((l) =>
      l
        .slice(4)
        .trim()
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'"),
    );
}

/**
 * Slugs of the MDX headings as Astro makes them (github-slugger over the heading's text, after
 * Markdown and inline components are reduced to their text), skipping fenced code.
 */
export function headingSlugsOf(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const body = mdx.replace(/^---\n[\s\S]*?\n---/, '').replace(/^```[\s\S]*?^```/gm, '');
  return [...body.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => {
    const heading = (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    return slugger.slug(heading);
  });
}

/** `<Simulation id="…" />` ids on the page. */
export function simulationsOf(mdx: string): string[] {
  return [...mdx.matchAll(/<Simulation\s+id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Every chapter folder that has a quiz.ts, in course order. */
export async function chapterQuizzes(): Promise<ChapterQuiz[]> {
  return (await loadQuizzes()).map(({ chapter, questions }) => {
    const mdx = readFileSync(lessonFile(chapter, 'index.mdx'), 'utf8');
    return {
      chapter,
      folder: unwrap(findChapter(chapter)).folder,
      questions,
      context: {
        objectives: objectivesOf(mdx),
        anchors: headingSlugsOf(mdx),
        simulations: simulationsOf(mdx),
      },
    };
  });
}
