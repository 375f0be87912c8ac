import type { Problem } from "./types";

/**
 * Two posts that would be served at the same URL: the later one would silently replace the
 * earlier. Every file involved is reported, each naming the others.
 */
export function checkDuplicateSlugs(
  posts: ReadonlyArray<{ file: string; slug: string }>,
): Problem[] {
  const bySlug = new Map<string, string[]>();
  for (const post of posts) bySlug.set(post.slug, [...(bySlug.get(post.slug) ?? []), post.file]);
  const problems: Problem[] = [];
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(", ");
      problems.push({
        file,
        line: null,
        column: null,
        severity: "error",
        rule: "structure/duplicate-slug",
        message: `this post and ${others} would both be served at ${slug}; rename one of the folders`,
      });
    }
  }
  return problems;
}
