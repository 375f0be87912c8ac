/**
 * The addresses of every list page the build will create for a set of post files, for checks
 * that run before the build (a Markdown link to `/` or `/tags/graphs/` must count as a page).
 * Drafts are included: before the build it is not known whether they will be published, and the
 * check of the built site still catches a link to a tag that only drafts carry.
 */

import { parsePost } from "../content-check/parse-post";
import type { PostSource } from "../content-check/types";
import { normalizeFrontmatter } from "../frontmatter/resolve";
import { postLanguage } from "../posts/language";
import { parseLanguageCode } from "../translations/language-code";
import { languageLists } from "../translations/language-lists";
import { translationCodeOfFile } from "../translations/translation-file";
import { paginate } from "./pagination";
import { tagPages } from "./tag-pages";

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

export function listPagePaths(sources: readonly PostSource[], defaultLang: string): string[] {
  const posts = sources.flatMap((source) => {
    const { post } = parsePost(source);
    if (post === null) return [];
    // As the build reads it: `categories: "a, b"` makes the pages of a and b.
    const data = normalizeFrontmatter(post.data);
    const tags = stringList(data.tags);
    const lang = typeof data.lang === "string" ? data.lang : null;
    const code = translationCodeOfFile(source.file);
    return [
      {
        slug: source.file,
        lang:
          code === null
            ? postLanguage(lang, tags, defaultLang)
            : (parseLanguageCode(code).code?.tag ?? code),
        tags,
        isTranslation: code !== null,
      },
    ];
  });
  // Translations are listed on their languages' lists only, as the build does.
  const originals = posts.filter((post) => !post.isTranslation);
  const { languages, topics } = tagPages(originals);
  return [
    ...paginate(originals, "/"),
    ...languageLists(posts).flatMap((list) => paginate(list.slugs, list.path)),
    ...[...languages, ...topics].flatMap((page) => paginate(page.slugs, page.path)),
  ].map((page) => page.path);
}
