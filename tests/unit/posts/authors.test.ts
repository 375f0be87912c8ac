import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseAuthors, postAuthor, type AuthorProfile } from "../../../src/lib/posts/authors";

const FILE = "content/authors.yaml";

describe("parseAuthors", () => {
  test("reads names with their bio and url", () => {
    const { authors, problems } = parseAuthors(
      [
        "# comment",
        "Jane Doe:",
        "  bio: Writes about compilers.",
        "  url: https://jane.example.org/",
        "山田 太郎:",
        "  bio: >-",
        "    Two lines",
        "    of bio.",
      ].join("\n"),
      FILE,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(authors.get("Jane Doe"), {
      name: "Jane Doe",
      bio: "Writes about compilers.",
      url: "https://jane.example.org/",
    });
    assert.deepEqual(authors.get("山田 太郎"), {
      name: "山田 太郎",
      bio: "Two lines of bio.",
      url: null,
    });
  });

  test("an empty file describes nobody", () => {
    assert.deepEqual(parseAuthors("# nobody yet\n", FILE), { authors: new Map(), problems: [] });
  });

  test("reports bad YAML, shapes, urls and unknown fields at their lines", () => {
    const broken = parseAuthors("Jane:\n  bio: [unclosed\n", FILE);
    assert.equal(broken.problems[0]?.severity, "error");
    assert.equal(broken.problems[0]?.rule, "authors/yaml");
    assert.equal(broken.problems[0]?.file, FILE);

    const { authors, problems } = parseAuthors(
      [
        "Jane: Writes about compilers.",
        "Kim:",
        "  bio: Fine.",
        "  url: kim.example.org",
        "Lee:",
        "  boi: Typo.",
      ].join("\n"),
      FILE,
    );
    const summary = problems.map(
      (problem) => `${problem.line} ${problem.severity} ${problem.rule}`,
    );
    assert.deepEqual(summary, [
      "1 error authors/shape",
      "4 error authors/url",
      "6 warning authors/unknown",
    ]);
    assert.match(problems[2]?.message ?? "", /did you mean `bio`\?/);
    assert.equal(authors.has("Jane"), false);
    assert.deepEqual(authors.get("Kim"), { name: "Kim", bio: "Fine.", url: null });
  });
});

describe("postAuthor", () => {
  const authors = new Map<string, AuthorProfile>([
    ["Jane Doe", { name: "Jane Doe", bio: "Writes about compilers.", url: null }],
    ["Site Team", { name: "Site Team", bio: "The people behind the site.", url: null }],
  ]);

  test("the post's author comes first, then the attribution's, then the site's", () => {
    assert.equal(
      postAuthor({ author: "Jane Doe", attribution: { author: "Kim" } }, "Site Team", authors)
        ?.name,
      "Jane Doe",
    );
    assert.equal(
      postAuthor({ author: null, attribution: { author: "Kim" } }, "Site Team", authors)?.name,
      "Kim",
    );
    assert.equal(postAuthor({}, "Site Team", authors)?.bio, "The people behind the site.");
  });

  test("an author the file does not describe gets the name only, never an invented bio", () => {
    assert.deepEqual(postAuthor({ author: " Kim " }, "Site Team", authors), {
      name: "Kim",
      bio: null,
      url: null,
    });
  });

  test("the site's author without an entry gets no byline at all", () => {
    assert.equal(postAuthor({ author: "" }, "Technical Notes authors", authors), null);
  });
});
