import assert from "node:assert/strict";
import { test } from "node:test";
import {
  FRONTMATTER_FIELDS,
  aliasRule,
  type FrontmatterField,
} from "../../../src/lib/frontmatter/fields";
import { frontmatterResolvers } from "../../../src/lib/frontmatter/graphql-resolvers";
import { normalizeFrontmatter, resolveFrontmatter } from "../../../src/lib/frontmatter/resolve";

/** A value each kind of field accepts as it is. */
function sampleOf(field: FrontmatterField): unknown {
  switch (field.kind) {
    case "text":
      return "x";
    case "date":
      return "2021-05-01";
    case "names":
      return ["a"];
    case "language":
      return "en";
    case "boolean":
      return true;
    case "path":
      return "/2019/a/";
    case "paths":
      return ["/old/"];
    case "group":
      return { author: "A" };
  }
}

/** `{ cover: { image: value } }` for `cover.image`. */
function written(name: string, value: unknown): Record<string, unknown> {
  const [first = "", ...rest] = name.split(".");
  return { [first]: rest.length === 0 ? value : written(rest.join("."), value) };
}

test("every alias in the registry is read as its field", () => {
  for (const field of FRONTMATTER_FIELDS) {
    for (const alias of (field.aliases ?? []).map(aliasRule)) {
      const sample = sampleOf(field);
      const source = resolveFrontmatter(written(alias.name, sample)).fields.get(field.name);
      assert.ok(source, `${alias.name} is not read as ${field.name}`);
      assert.equal(source.name, alias.name);
      assert.deepEqual(source.value, alias.convert ? alias.convert(sample) : sample);
    }
  }
});

test("other blogs' names for the description, image, tags, language and dates", () => {
  const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
    [{ spoiler: "Teaser" }, { description: "Teaser" }],
    [{ excerpt: "Teaser" }, { description: "Teaser" }],
    [{ summary: "Teaser" }, { description: "Teaser" }],
    [{ cover: "cover.png" }, { featuredImage: "cover.png" }],
    [{ image: "./a.png" }, { featuredImage: "./a.png" }],
    [{ thumbnail: "./a.png" }, { featuredImage: "./a.png" }],
    [{ ogImage: "./a.png" }, { featuredImage: "./a.png" }],
    [{ featured_image: "./a.png" }, { featuredImage: "./a.png" }],
    [{ hero: "./a.png" }, { featuredImage: "./a.png" }],
    [{ category: "Tech" }, { tags: ["Tech"] }],
    [{ categories: ["a", "b"] }, { tags: ["a", "b"] }],
    [{ keywords: ["a"] }, { tags: ["a"] }],
    [{ language: "ja" }, { lang: "ja" }],
    [{ modified: "2021-06-01" }, { updated: "2021-06-01" }],
    [{ lastmod: "2021-06-01" }, { updated: "2021-06-01" }],
    [{ updated_at: "2021-06-01" }, { updated: "2021-06-01" }],
    [{ published: "2021-06-01" }, { date: "2021-06-01" }],
  ];
  for (const [data, expected] of cases) {
    assert.deepEqual(normalizeFrontmatter(data), expected, JSON.stringify(data));
  }
  // A subtitle is a second title, not a summary: it is not read at all.
  assert.deepEqual(normalizeFrontmatter({ subtitle: "More" }), {});
});

test("`published: false` is a draft and `published: true` is not; a date is a date", () => {
  assert.deepEqual(normalizeFrontmatter({ published: false }), { draft: true });
  assert.deepEqual(normalizeFrontmatter({ published: true }), { draft: false });
  const dated = resolveFrontmatter({ published: "2020-01-02", draft: true });
  assert.equal(dated.fields.get("date")?.name, "published");
  assert.equal(dated.fields.get("draft")?.alias, null);
  assert.deepEqual(dated.ignored, []);
});

test("lists written as text are split at commas, and only there", () => {
  const tags = resolveFrontmatter({ tags: "en, deep learning,, graphs " }).fields.get("tags");
  assert.deepEqual(tags?.value, ["en", "deep learning", "graphs"]);
  assert.equal(tags?.listFromText, true);
  assert.deepEqual(normalizeFrontmatter({ categories: "linux, c++" }), { tags: ["linux", "c++"] });
  assert.equal(resolveFrontmatter({ tags: ["a, b"] }).fields.get("tags")?.listFromText, false);
  assert.deepEqual(normalizeFrontmatter({ tags: ["a, b"] }), { tags: ["a, b"] });
});

test("dates with a time and no quotes, and YAML's Date objects, become ISO timestamps", () => {
  assert.deepEqual(normalizeFrontmatter({ date: "2020-04-20 10:30:00 +0900" }), {
    date: "2020-04-20T01:30:00.000Z",
  });
  assert.deepEqual(normalizeFrontmatter({ lastmod: "2020-04-21 08:00:00" }), {
    updated: "2020-04-21T08:00:00.000Z",
  });
  assert.deepEqual(normalizeFrontmatter({ date: new Date("2020-04-20T10:00:00Z") }), {
    date: "2020-04-20T10:00:00.000Z",
  });
  // Already ISO: kept as written, so `<time datetime>` shows what the author wrote.
  for (const date of ["2020-04-20", "2020-04-20T22:01:03.284Z", "2020-04-20T10:00:00+09:00"]) {
    assert.deepEqual(normalizeFrontmatter({ date }), { date });
  }
  // Not a date: left alone, for the check to report.
  assert.deepEqual(normalizeFrontmatter({ date: "yesterday" }), { date: "yesterday" });
});

test("`cover` with `image` and `alt` under it gives the image and its alt text", () => {
  const resolution = resolveFrontmatter({
    cover: { image: "./cover.png", alt: "A diagram", caption: "Unused" },
  });
  assert.equal(resolution.fields.get("featuredImage")?.value, "./cover.png");
  assert.equal(resolution.fields.get("featuredImage")?.name, "cover.image");
  assert.equal(resolution.fields.get("featuredImage")?.key, "cover");
  assert.equal(resolution.fields.get("featuredImageAlt")?.value, "A diagram");
  assert.deepEqual([...resolution.readKeys], ["cover"]);
  // A group without either is not read, so the check can call it unknown.
  const nothing = resolveFrontmatter({ cover: { caption: "x" } });
  assert.equal(nothing.fields.size, 0);
  assert.equal(nothing.readKeys.has("cover"), false);
});

test("the field's own name wins over an alias, and the first alias over the others", () => {
  const both = resolveFrontmatter({ description: "Own", spoiler: "Old" });
  assert.equal(both.fields.get("description")?.value, "Own");
  assert.deepEqual(
    both.ignored.map((ignored) => [ignored.name, ignored.winner.name]),
    [["spoiler", "description"]],
  );
  assert.ok(both.readKeys.has("spoiler"));
  const aliases = resolveFrontmatter({ summary: "Second", excerpt: "First" });
  assert.equal(aliases.fields.get("description")?.name, "excerpt");
  assert.deepEqual(
    aliases.ignored.map((ignored) => ignored.name),
    ["summary"],
  );
});

test("only the registry's fields come out, under their own names", () => {
  assert.deepEqual(
    normalizeFrontmatter({ title: "T", layout: "post", spoiler: "S", tags: ["a"] }),
    { title: "T", description: "S", tags: ["a"] },
  );
});

test("the GraphQL resolvers give each field as the registry reads it", () => {
  const resolvers = frontmatterResolvers().MarkdownRemarkFrontmatter;
  const written = {
    title: "Old",
    date: "2020-04-20 10:30:00 +0900",
    spoiler: "S",
    cover: "c.png",
  };
  const read = (field: string): unknown => resolvers[field]?.resolve(written);
  assert.equal(read("title"), "Old");
  assert.equal(read("date"), "2020-04-20T01:30:00.000Z");
  assert.equal(read("description"), "S");
  assert.equal(read("featuredImage"), "c.png");
  assert.equal(read("tags"), null);
  assert.deepEqual(Object.keys(resolvers).sort(), FRONTMATTER_FIELDS.map((f) => f.name).sort());
});
