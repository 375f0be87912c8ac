/**
 * What a translation takes from its original when it does not say: the date, tags and shared
 * image are the same post's, so translators need not copy them.
 */

/** Registry fields a translation inherits when it leaves them out. */
export const INHERITED_FIELDS: readonly string[] = [
  "date",
  "tags",
  "featuredImage",
  "featuredImageAlt",
];

/**
 * The original's values of the inherited fields the translation lacks. Both are frontmatter as
 * the registry reads it (`normalizeFrontmatter`), so a date written as `published` counts.
 */
export function inheritedFields(
  translation: Readonly<Record<string, unknown>>,
  original: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const inherited: Record<string, unknown> = {};
  for (const name of INHERITED_FIELDS) {
    const own = translation[name];
    const theirs = original[name];
    if ((own === undefined || own === null) && theirs !== undefined && theirs !== null) {
      inherited[name] = theirs;
    }
  }
  return inherited;
}

/** The translation's frontmatter as written, with the inherited fields filled in under their own names. */
export function withInheritedFields(
  written: Readonly<Record<string, unknown>>,
  inherited: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return { ...inherited, ...written };
}
