/** The language a post file is written in, read from its frontmatter as the build reads it. */

import { parsePost } from "../content-check/parse-post";
import type { PostSource } from "../content-check/types";
import { normalizeFrontmatter } from "../frontmatter/resolve";
import { postLanguage } from "../posts/language";

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

/** Frontmatter as the registry reads it, or null when it cannot be read. */
export function registryFrontmatter(source: PostSource): Record<string, unknown> | null {
  const { post } = parsePost(source);
  return post === null ? null : normalizeFrontmatter(post.data);
}

/** `lang`, else a language tag, else the site's default. */
export function languageOfFrontmatter(
  frontmatter: Readonly<Record<string, unknown>>,
  defaultLang: string,
): string {
  const lang = typeof frontmatter.lang === "string" ? frontmatter.lang : null;
  return postLanguage(lang, stringList(frontmatter.tags), defaultLang);
}
