/**
 * What authors need to hear about their tags: tags that cannot have a page, spellings that end up
 * on one page, and language tags that contradict a post's `lang`. Found across posts, so they are
 * reported by the build, which sees every post at once.
 */

import type { Problem } from "../content-check/types";
import { LANGUAGE_PAGES, primaryLanguage } from "./list-text";
import type { TaggedPost, TagPages } from "./tag-pages";
import { tagSegment } from "./tag-path";

export interface SourcedPost extends TaggedPost {
  /** The post's file, relative to the project root: `content/blog/x/index.md`. */
  file: string;
}

/** The line of a post's `tags` field, or null when it is not known. */
export type TagsLine = (file: string) => number | null;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function tagProblems(
  posts: readonly SourcedPost[],
  pages: TagPages,
  tagsLine: TagsLine,
): Problem[] {
  const fileOf = new Map(posts.map((post) => [post.slug, post.file]));
  const problems: Problem[] = [];
  const report = (file: string, severity: Problem["severity"], rule: string, message: string) => {
    const line = tagsLine(file);
    problems.push({ file, line, column: line === null ? null : 1, severity, rule, message });
  };

  for (const post of posts) {
    for (const tag of new Set(post.tags)) {
      if (tagSegment(tag) !== "") continue;
      report(
        post.file,
        "error",
        "tags/address",
        `tag ${JSON.stringify(tag)} has no letter or digit to make the address of its page from; ` +
          "rename it with letters or digits",
      );
    }
  }

  for (const page of [...pages.languages, ...pages.topics]) {
    if (page.spellings.length < 2) continue;
    const shown = page.kind === "topic" ? page.name : page.segment;
    const usual = page.spellings.find((spelling) => spelling.tag === shown);
    const others = page.spellings.filter((spelling) => spelling.tag !== shown);
    for (const spelling of others) {
      for (const slug of spelling.slugs) {
        const file = fileOf.get(slug);
        if (file === undefined) continue;
        const usedBy = usual ? ` (${plural(usual.slugs.length, "post")})` : "";
        report(
          file,
          "warning",
          "tags/same-page",
          `tag ${JSON.stringify(spelling.tag)} and ${JSON.stringify(shown)}${usedBy} share the ` +
            `page ${page.path}; write it ${JSON.stringify(shown)} here too, so the tag reads the ` +
            "same on every post",
        );
      }
    }
  }

  for (const post of posts) {
    const own = primaryLanguage(post.lang);
    for (const tag of new Set(post.tags)) {
      const tagged = LANGUAGE_PAGES.find((language) => language.code === tagSegment(tag));
      if (tagged === undefined || tagged.code === own) continue;
      report(
        post.file,
        "warning",
        "tags/language",
        `tag ${JSON.stringify(tag)} says the post is in ${tagged.englishName}, but its language ` +
          `(\`lang\`) is "${post.lang}", so it is listed under both; remove the tag or fix \`lang\``,
      );
    }
  }
  return problems;
}
