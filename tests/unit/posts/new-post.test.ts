import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import {
  MAX_SLUG_LENGTH,
  fallbackSlug,
  newPostMarkdown,
  parseTags,
  slugForTitle,
  slugProblem,
  todayUtc,
} from "../../../src/lib/posts/new-post";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

test("slugs follow the title", () => {
  assert.equal(
    slugForTitle("Recent Advances in Representation Learning"),
    "recent-advances-in-representation-learning",
  );
  assert.equal(slugForTitle("Ünïcödé & Symbols: a/b"), "unicode-symbols-a-b");
  assert.equal(slugForTitle("  Don't Panic — Straße, Ærø!  "), "dont-panic-strasse-aero");
  assert.equal(slugForTitle("ＦＵＬＬＷＩＤＴＨ ２０２４"), "fullwidth-2024");
});

test("long titles are cut at a word boundary", () => {
  const title =
    "A Very Long Title About Contrastive Self-Supervised Representation Learning for Images and Graphs";
  const slug = slugForTitle(title) ?? "";
  assert.ok(slug.length <= MAX_SLUG_LENGTH, slug);
  assert.equal(slug, "a-very-long-title-about-contrastive-self-supervised");
  assert.ok(title.toLowerCase().replaceAll(" ", "-").startsWith(slug));
  assert.equal(slugForTitle("x".repeat(80)), "x".repeat(MAX_SLUG_LENGTH));
});

test("titles without Latin letters get no slug of their own", () => {
  assert.equal(slugForTitle("表現学習の最近の進歩"), null);
  assert.equal(slugForTitle("2024年の振り返り"), null);
  assert.equal(slugForTitle("!!!"), null);
  assert.equal(fallbackSlug("2024-05-06"), "2024-05-06-post");
  assert.equal(slugProblem(fallbackSlug("2024-05-06")), null);
  assert.match(slugProblem("../etc") ?? "", /not a usable slug/);
  assert.match(slugProblem("My Post") ?? "", /not a usable slug/);
});

test("today's date is taken in UTC", () => {
  assert.equal(todayUtc(new Date("2024-12-31T23:30:00-05:00")), "2025-01-01");
  assert.deepEqual(parseTags(" en, deep-learning,,en "), ["en", "deep-learning"]);
});

test("the frontmatter keeps quotes, colons and hashes in the title", () => {
  const title = 'He said "no": a #1 guide to C:\\paths & {braces} — 日本語';
  const markdown = newPostMarkdown({
    title,
    date: "2024-05-06",
    tags: ["en", "deep: learning"],
    lang: "ja",
  });
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  assert.ok(match, markdown);
  assert.deepEqual(parse(match[1] ?? ""), {
    title,
    date: "2024-05-06",
    description: "",
    tags: ["en", "deep: learning"],
    lang: "ja",
  });
  const plain = parse(
    /^---\n([\s\S]*?)\n---\n/.exec(newPostMarkdown({ title: "T", date: "2024-05-06" }))?.[1] ?? "",
  );
  assert.deepEqual(plain, { title: "T", date: "2024-05-06", description: "", tags: [] });
});

let contentDir = "";

before(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), "new-post-"));
});

after(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "scripts/new-post.ts"), ...args],
      { cwd: repoRoot },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

test("the CLI creates the post and refuses to create it twice", async () => {
  const args = ['Colons: "Quotes" & More', "--tags", "en,notes", "--content-dir", contentDir];
  const first = await runCli(args);
  assert.equal(first.code, 0, first.stderr);
  const file = path.join(contentDir, "colons-quotes-more", "index.md");
  assert.match(first.stdout, /created .*colons-quotes-more[/\\]index\.md/);
  const written = await readFile(file, "utf8");
  assert.match(written, /^title: "Colons: \\"Quotes\\" & More"$/m);
  assert.match(written, /^tags: \["en", "notes"\]$/m);
  assert.match(written, /^date: "\d{4}-\d{2}-\d{2}"$/m);

  const second = await runCli(args);
  assert.equal(second.code, 1);
  assert.match(second.stderr, /colons-quotes-more[/\\]index\.md already exists/);
  assert.equal(await readFile(file, "utf8"), written);
});

test("the CLI names a post with a Japanese title after the date, or after --slug", async () => {
  const dated = await runCli(["表現学習の最近の進歩", "--lang", "ja", "--content-dir", contentDir]);
  assert.equal(dated.code, 0, dated.stderr);
  const folders = await readdir(contentDir);
  const datedFolder = folders.find((name) => name.endsWith("-post"));
  assert.match(datedFolder ?? "", /^\d{4}-\d{2}-\d{2}-post$/);
  assert.match(dated.stdout, /--slug/);

  const named = await runCli([
    "表現学習",
    "--slug",
    "representation-ja",
    "--content-dir",
    contentDir,
  ]);
  assert.equal(named.code, 0, named.stderr);
  const markdown = await readFile(path.join(contentDir, "representation-ja", "index.md"), "utf8");
  assert.match(markdown, /^title: "表現学習"$/m);

  const bad = await runCli(["Title", "--slug", "Not A Slug", "--content-dir", contentDir]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /not a usable slug/);
});
