/**
 * The glossary's schema: terms are defined once, in `lessons/glossary.json`, and chapters link to
 * them with `<Term slug="…">`. Shared by the content collection and the unit tests.
 */
import { z } from 'astro/zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One entry of `lessons/glossary.json`. */
export const glossaryEntrySchema = z.strictObject({
  /** Anchor on /glossary/ and the value of `<Term slug>`; kebab-case, unique. */
  slug: z.string().regex(kebab, 'slug must be kebab-case'),
  /** The term as a heading shows it, e.g. "Little’s law". */
  term: z.string().min(2),
  /** One or two plain-text sentences; shown in the tooltip and at the top of the entry. */
  short: z
    .string()
    .min(20)
    .max(320)
    .refine((s) => !/[<>*_`[\]]/.test(s), 'short must be plain text (no markup)'),
  /** Optional longer plain-text explanation, shown on the glossary page only. */
  long: z.string().min(20).optional(),
  /** Slugs of related entries; each must exist (checked by the unit tests and the page). */
  related: z.array(z.string().regex(kebab)).default([]),
  /** Chapter id (folder name without its number, e.g. `metrics`) that teaches the term. */
  chapter: z.string().regex(kebab),
  /** Why no chapter links the term with `<Term>`, when none does (the unit tests insist on one). */
  unlinkedBecause: z.string().min(10).optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

let termCount = 0;

/** A page-unique id for a term's tooltip; the number only has to differ, not be stable. */
export function termTipId(slug: string): string {
  termCount += 1;
  return `term-tip-${slug}-${termCount}`;
}
