/**
 * A site of 25 published posts (and two that are not) whose tags hit every boundary of the
 * paginated lists, built once and shared by the build and browser tests of the lists.
 *
 * Post N is `/post-NN/`. Posts 1–9 are dated 2019, 10–17 2020, 18–25 2021 (month = position in
 * the year, day 10), so newest first is post-25 … post-01.
 *
 * | tag / language     | posts                                   | count |
 * | ------------------ | --------------------------------------- | ----- |
 * | everything         | all                                     | 25    |
 * | Eleven             | 1–11                                    | 11    |
 * | ten                | 12–21                                   | 10    |
 * | solo               | 13                                      | 1     |
 * | deep-learning      | 2 (written "Deep Learning"), 3, 5, 7    | 4     |
 * | 深層学習           | the Japanese posts                      | 6     |
 * | Japanese (ja)      | 4, 8, 12, 16, 20 (tag `ja`), 24 (`lang`) | 6     |
 * | English (en)       | the other 19; odd ones carry the tag `en` | 19  |
 *
 * Post 23's body is 690 words (3 minutes at 230 a minute); post 24's is 2,000 Japanese
 * characters (4 minutes at 500 a minute). A draft and a post scheduled for 2999 carry the tags
 * `everything`, `solo` and `secret`, and must never show up.
 */

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_CODE_ENTRIES } from "../../tools/project-code";
import {
  buildFixtureSite,
  postMarkdown,
  type FixtureBuild,
  type FixturePost,
} from "./fixture-site";
import { repoRoot } from "./paths";

export const PUBLISHED_POSTS = 25;
/** Ten words, for bodies whose length is known by construction. */
export const TEN_WORDS = "The quick brown fox jumps over the lazy dog today.";
/** 25 Japanese characters (the final full stop is not counted). */
export const TWENTY_FIVE_CHARACTERS = "深層学習のモデルは大量のデータからも特徴を学びます。";

export const DRAFT_TITLE = "A draft that is never listed";
export const SCHEDULED_TITLE = "A post scheduled for the far future";

/** `post-07` */
export function postFolder(number: number): string {
  return `post-${String(number).padStart(2, "0")}`;
}

/** Year and date of post `number` (see the module comment). */
export function postDate(number: number): string {
  const [year, first] = number <= 9 ? [2019, 1] : number <= 17 ? [2020, 10] : [2021, 18];
  return `${year}-${String(number - first + 1).padStart(2, "0")}-10`;
}

export function isJapanese(number: number): boolean {
  return number % 4 === 0;
}

function tagsOf(number: number): string[] {
  const tags = ["everything"];
  if (number <= 11) tags.push("Eleven");
  if (number >= 12 && number <= 21) tags.push("ten");
  if (number === 13) tags.push("solo");
  if (number === 2) tags.push("Deep Learning");
  if ([3, 5, 7].includes(number)) tags.push("deep-learning");
  if (isJapanese(number)) {
    tags.push("深層学習");
    // Post 24 is Japanese by its `lang` alone, to show that language pages do not need the tag.
    if (number !== 24) tags.unshift("ja");
  } else if (number % 2 === 1) {
    tags.unshift("en");
  }
  return tags;
}

function bodyOf(number: number): string {
  if (number === 23) {
    return Array.from({ length: 69 }, () => TEN_WORDS).join("\n\n");
  }
  if (number === 24) return Array.from({ length: 80 }, () => TWENTY_FIVE_CHARACTERS).join("");
  return isJapanese(number) ? "短い本文です。" : "A short body.";
}

export function postTitle(number: number): string {
  return isJapanese(number) ? `記事 ${number}` : `Post ${number}`;
}

/** The corpus, as an author would have written it. */
export function manyPosts(): FixturePost[] {
  const posts: FixturePost[] = Array.from({ length: PUBLISHED_POSTS }, (_, index) => {
    const number = index + 1;
    const frontmatter: Record<string, unknown> = {
      title: postTitle(number),
      date: postDate(number),
      description: `Description of post ${number}.`,
      tags: tagsOf(number),
    };
    if (number === 24) frontmatter.lang = "ja";
    return { folder: postFolder(number), markdown: postMarkdown(frontmatter, bodyOf(number)) };
  });
  posts.push(
    {
      folder: "unfinished",
      markdown: postMarkdown(
        {
          title: DRAFT_TITLE,
          date: "2021-12-01",
          draft: true,
          tags: ["everything", "solo", "secret"],
        },
        "Not ready.",
      ),
    },
    {
      folder: "later",
      markdown: postMarkdown(
        { title: SCHEDULED_TITLE, date: "2999-01-01", tags: ["everything", "secret"] },
        "Not yet.",
      ),
    },
  );
  return posts;
}

/** What a fixture build is made from, besides the posts (as createFixtureProject copies it). */
const PROJECT_INPUTS = [...PROJECT_CODE_ENTRIES, "package-lock.json"];

function addToHash(hash: ReturnType<typeof createHash>, absolute: string): void {
  if (!fs.existsSync(absolute)) return;
  if (fs.statSync(absolute).isDirectory()) {
    for (const name of fs.readdirSync(absolute).sort()) addToHash(hash, path.join(absolute, name));
    return;
  }
  hash.update(path.relative(repoRoot, absolute)).update("\0").update(fs.readFileSync(absolute));
}

/** A digest of everything the build's output depends on. */
function buildKey(posts: readonly FixturePost[]): string {
  const hash = createHash("sha256");
  for (const entry of PROJECT_INPUTS) addToHash(hash, path.join(repoRoot, entry));
  hash.update(JSON.stringify(posts));
  hash.update(JSON.stringify([process.env.SITE_URL ?? "", process.env.PATH_PREFIX ?? ""]));
  return hash.digest("hex").slice(0, 16);
}

/** One prefix per checkout, so a run never removes the build another checkout is using. */
const CACHE_PREFIX = `blog-many-posts-${createHash("sha256").update(repoRoot).digest("hex").slice(0, 8)}-`;
const RECORD = "fixture-build.json";

/**
 * The 25-post site, built by `gatsby build`. A build of the same sources and posts is kept in the
 * temporary folder and reused (by the browser test after the build test, or by the next run), so
 * it costs one build per change of the project; this checkout's builds of older sources are
 * removed. A failed build is never kept.
 */
export function builtManyPostsSite(): FixtureBuild {
  const posts = manyPosts();
  const key = buildKey(posts);
  const cached = path.join(os.tmpdir(), `${CACHE_PREFIX}${key}`);
  const record = path.join(cached, RECORD);
  const keep = (root: string, output: string): FixtureBuild => ({
    root,
    publicFolder: path.join(root, "public"),
    output,
    status: 0,
    remove: () => undefined,
  });
  if (fs.existsSync(record)) {
    const { output } = JSON.parse(fs.readFileSync(record, "utf8")) as { output: string };
    return keep(cached, output);
  }

  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(CACHE_PREFIX)) {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
  const site = buildFixtureSite("many-posts", posts);
  if (site.status !== 0) return site;
  fs.writeFileSync(path.join(site.root, RECORD), JSON.stringify({ output: site.output }));
  try {
    fs.renameSync(site.root, cached);
  } catch {
    // Another test process finished the same build first: use its copy.
    site.remove();
  }
  return keep(cached, site.output);
}
