/**
 * The lists a site with translations has by language: `/ja/` lists every post written in
 * Japanese, originals and translations alike, newest first. A site without translations has
 * none, since its home page is already the list of its one language.
 */

import { languageSegment } from "./language-code";
import { languageListPath } from "./translation-path";

export interface ListedVersion {
  slug: string;
  lang: string;
  isTranslation: boolean;
}

export interface LanguageList {
  /** `ja`, `pt-br` */
  segment: string;
  /** The language as the first post in the list writes it, in canonical case when valid. */
  lang: string;
  /** `/ja/` */
  path: string;
  /** In the order given (newest first). */
  slugs: string[];
}

export function languageLists(posts: readonly ListedVersion[]): LanguageList[] {
  if (!posts.some((post) => post.isTranslation)) return [];
  const bySegment = new Map<string, LanguageList>();
  for (const post of posts) {
    const segment = languageSegment(post.lang);
    const list = bySegment.get(segment) ?? {
      segment,
      lang: post.lang,
      path: languageListPath(segment),
      slugs: [],
    };
    list.slugs.push(post.slug);
    bySegment.set(segment, list);
  }
  return [...bySegment.values()].sort((a, b) => (a.segment < b.segment ? -1 : 1));
}
