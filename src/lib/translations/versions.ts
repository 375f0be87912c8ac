/**
 * The versions of one post (its original and its translations), and how each page points at
 * the others: the language list near the title and `<link rel="alternate" hreflang>`.
 */

import { endonym } from "./endonym";

/** A built post as far as its versions are concerned. */
export interface VersionedPost {
  slug: string;
  /** Canonical BCP 47 tag. */
  lang: string;
  /** The slug of the original; an original's own slug. */
  original: string;
  isTranslation: boolean;
}

export interface VersionLink {
  slug: string;
  lang: string;
  /** The language's name in that language. */
  name: string;
  isOriginal: boolean;
}

export interface Alternate {
  /** A BCP 47 tag, or `x-default` for the version shown to readers of any other language. */
  hreflang: string;
  slug: string;
}

/**
 * The versions of every post, by the original's slug: the original first, then its translations
 * in the order of their tags, so every page lists them the same way.
 */
export function versionGroups(posts: readonly VersionedPost[]): Map<string, VersionLink[]> {
  const groups = new Map<string, VersionedPost[]>();
  for (const post of posts) {
    const group = groups.get(post.original) ?? [];
    group.push(post);
    groups.set(post.original, group);
  }
  const links = new Map<string, VersionLink[]>();
  for (const [original, group] of groups) {
    // A translation whose original is not built (a draft) has no versions to point at.
    if (!group.some((post) => !post.isTranslation)) continue;
    const sorted = [...group].sort(
      (a, b) =>
        Number(a.isTranslation) - Number(b.isTranslation) ||
        (a.lang.toLowerCase() < b.lang.toLowerCase() ? -1 : 1),
    );
    links.set(
      original,
      sorted.map((post) => ({
        slug: post.slug,
        lang: post.lang,
        name: endonym(post.lang),
        isOriginal: !post.isTranslation,
      })),
    );
  }
  return links;
}

/**
 * Every version with its language, and `x-default` for the original; nothing for a post without
 * translations, which has no alternates to declare.
 */
export function alternatesOf(versions: readonly VersionLink[]): Alternate[] {
  if (versions.length < 2) return [];
  const original = versions.find((version) => version.isOriginal);
  return [
    ...versions.map((version) => ({ hreflang: version.lang, slug: version.slug })),
    ...(original ? [{ hreflang: "x-default", slug: original.slug }] : []),
  ];
}
