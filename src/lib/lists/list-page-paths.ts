/**
 * The addresses of every list page the build will create for a set of post files, for checks
 * that run before the build (a Markdown link to `/` or `/tags/graphs/` must count as a page).
 * Drafts are included: before the build it is not known whether they will be published, and the
 * check of the built site still catches a link to a tag that only drafts carry.
 */

import path from "node:path";
import { parsePost } from "../content-check/parse-post";
import type { PostSource } from "../content-check/types";
import { normalizeFrontmatter } from "../frontmatter/resolve";
import { postLanguage } from "../posts/language";
import { parseLanguageCode } from "../translations/language-code";
import { languageLists } from "../translations/language-lists";
import { originalFileOf, translationCodeOfFile } from "../translations/translation-file";
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
  // Translations are listed on their languages' lists, and on tag pages only under tags their
  // originals lack, as the build does.
  const originals = posts.filter((post) => !post.isTranslation);
  const tagsByFile = new Map(originals.map((post) => [post.slug, new Set(post.tags)]));
  const tagged = posts
    .map((post) => {
      if (!post.isTranslation) return post;
      const shared = tagsByFile.get(originalFileOf(post.slug).split(path.sep).join("/"));
      return { ...post, tags: post.tags.filter((tag) => !(shared?.has(tag) ?? false)) };
    })
    .filter((post) => !post.isTranslation || post.tags.length > 0);
  const { languages, topics } = tagPages(tagged);
  return [
    ...paginate(originals, "/"),
    ...languageLists(posts).flatMap((list) => paginate(list.slugs, list.path)),
    ...[...languages, ...topics].flatMap((page) => paginate(page.slugs, page.path)),
  ].map((page) => page.path);
}
