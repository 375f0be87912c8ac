import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tagPages } from "../../../src/lib/lists/tag-pages";
import { tagProblems, type SourcedPost } from "../../../src/lib/lists/tag-problems";

/** Newest first, as the build lists them. */
const posts: SourcedPost[] = [
  { slug: "/e/", lang: "ja", tags: ["深層学習", "Deep Learning"], file: "content/blog/e/index.md" },
  {
    slug: "/d/",
    lang: "en",
    tags: ["en", "deep-learning", "graphs"],
    file: "content/blog/d/index.md",
  },
  { slug: "/c/", lang: "ja", tags: ["ja", "deep-learning"], file: "content/blog/c/index.md" },
  { slug: "/b/", lang: "en-GB", tags: ["Zebra"], file: "content/blog/b/index.md" },
  { slug: "/a/", lang: "fr", tags: ["graphs", "apple"], file: "content/blog/a/index.md" },
];

describe("tag pages", () => {
  const { languages, topics } = tagPages(posts);

  test("language pages list every post in the language, tagged or not, newest first", () => {
    assert.deepEqual(
      languages.map((page) => [page.path, page.name, page.lang, page.slugs]),
      [
        ["/tags/en/", "English", "en", ["/d/", "/b/"]],
        ["/tags/ja/", "日本語", "ja", ["/e/", "/c/"]],
      ],
    );
  });

  test("topics are sorted A to Z, merge spellings and take the most used one as name", () => {
    assert.deepEqual(
      topics.map((page) => [page.path, page.name, page.slugs]),
      [
        ["/tags/apple/", "apple", ["/a/"]],
        ["/tags/deep-learning/", "deep-learning", ["/e/", "/d/", "/c/"]],
        ["/tags/graphs/", "graphs", ["/d/", "/a/"]],
        ["/tags/zebra/", "Zebra", ["/b/"]],
        ["/tags/深層学習/", "深層学習", ["/e/"]],
      ],
    );
    const merged = topics.find((page) => page.segment === "deep-learning");
    assert.deepEqual(merged?.spellings, [
      { tag: "Deep Learning", slugs: ["/e/"] },
      { tag: "deep-learning", slugs: ["/d/", "/c/"] },
    ]);
  });

  test("a site without posts has no tag pages", () => {
    assert.deepEqual(tagPages([]), { languages: [], topics: [] });
  });

  test("a post that lists a tag twice is counted once", () => {
    const { topics: once } = tagPages([{ slug: "/x/", lang: "en", tags: ["a", "A", "a"] }]);
    assert.deepEqual(once[0]?.slugs, ["/x/"]);
  });
});

describe("tag problems", () => {
  const lines: Record<string, number> = { "content/blog/e/index.md": 4 };
  const tagsLine = (file: string) => lines[file] ?? null;

  test("a spelling merged into another's page is a warning at the post's tags line", () => {
    const problems = tagProblems(posts, tagPages(posts), tagsLine);
    const merged = problems.filter((problem) => problem.rule === "tags/same-page");
    assert.equal(merged.length, 1);
    assert.deepEqual(
      { ...merged[0], message: undefined },
      {
        file: "content/blog/e/index.md",
        line: 4,
        column: 1,
        severity: "warning",
        rule: "tags/same-page",
        message: undefined,
      },
    );
    assert.match(merged[0]?.message ?? "", /"Deep Learning" and "deep-learning" \(2 posts\)/);
    assert.match(merged[0]?.message ?? "", /\/tags\/deep-learning\//);
  });

  test("a tag without letters or digits is an error", () => {
    const odd: SourcedPost[] = [{ slug: "/x/", lang: "en", tags: ["+!"], file: "x.md" }];
    assert.deepEqual(
      tagProblems(odd, tagPages(odd), () => null),
      [],
    );
    const bad: SourcedPost[] = [{ slug: "/x/", lang: "en", tags: ["!?"], file: "x.md" }];
    const [problem] = tagProblems(bad, tagPages(bad), () => null);
    assert.equal(problem?.severity, "error");
    assert.equal(problem?.rule, "tags/address");
    assert.match(problem?.message ?? "", /"!\?" has no letter or digit/);
  });

  test("a language tag that contradicts the post's lang is a warning", () => {
    const contradicting: SourcedPost[] = [
      { slug: "/x/", lang: "en", tags: ["ja"], file: "content/blog/x/index.md" },
    ];
    const pages = tagPages(contradicting);
    // The tag's page must exist, or the tag would link nowhere.
    assert.deepEqual(
      pages.languages.map((page) => [page.segment, page.slugs]),
      [
        ["en", ["/x/"]],
        ["ja", ["/x/"]],
      ],
    );
    const [problem] = tagProblems(contradicting, pages, () => null);
    assert.equal(problem?.rule, "tags/language");
    assert.match(problem?.message ?? "", /says the post is in Japanese, but its language/);
  });

  test("consistent tags give no problem", () => {
    const fine = posts.filter((post) => post.slug !== "/e/");
    assert.deepEqual(tagProblems(fine, tagPages(fine), tagsLine), []);
  });
});
