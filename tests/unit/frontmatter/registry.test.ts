import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { checkFrontmatter } from "../../../src/lib/content-check/frontmatter-schema";
import { parsePost } from "../../../src/lib/content-check/parse-post";
import { fieldTableRows, tableRowsIn } from "../../../src/lib/frontmatter/docs-table";
import { FIELD_ALIASES, FRONTMATTER_FIELDS, READ_NAMES } from "../../../src/lib/frontmatter/fields";
import { frontmatterTypeDefs } from "../../../src/lib/frontmatter/graphql-types";

/** The field names of one object type in Gatsby's generated `src/gatsby-types.d.ts`. */
function generatedFields(typeName: string): string[] {
  const types = fs.readFileSync(path.resolve("src/gatsby-types.d.ts"), "utf8");
  const start = types.indexOf(`type ${typeName} = {`);
  assert.notEqual(start, -1, `src/gatsby-types.d.ts has no type ${typeName}`);
  const body = types.slice(start, types.indexOf("};", start));
  return [...body.matchAll(/readonly (\w+):/g)].map((match) => match[1] ?? "").sort();
}

test("the README's field table is the registry's (run `npm run docs:fields` after a change)", () => {
  const readme = fs.readFileSync(path.resolve("README.md"), "utf8");
  assert.deepEqual(tableRowsIn(readme), fieldTableRows());
});

test("Gatsby's generated frontmatter type has exactly the registry's fields (build and commit it)", () => {
  assert.deepEqual(generatedFields("MarkdownRemarkFrontmatter"), [...READ_NAMES].sort());
  for (const field of FRONTMATTER_FIELDS) {
    if (field.kind !== "group") continue;
    assert.deepEqual(generatedFields(field.typeName), field.fields.map((sub) => sub.name).sort());
  }
});

test("the schema declares every field with its type, required ones non-null", () => {
  const defs = frontmatterTypeDefs();
  assert.match(defs, /^ {2}title: String!$/m);
  assert.match(defs, /^ {2}date: Date! @dateformat$/m);
  assert.match(defs, /^ {2}tags: \[String!\]$/m);
  assert.match(defs, /^ {2}draft: Boolean$/m);
  assert.match(defs, /^type PostAttribution \{\n {2}author: String!$/m);
  for (const name of READ_NAMES) assert.match(defs, new RegExp(`^ {2}${name}: `, "m"));
  // A name a field also accepts is declared with the field's type.
  assert.match(defs, /^ {2}redirectFrom: \[String!\]$/m);
  assert.match(defs, /^ {2}redirect_from: \[String!\]$/m);
  assert.match(defs, /^ {2}slug: String$/m);
});

function problemsOf(lines: string[]) {
  const text = ["---", ...lines, "---", "", "Body."].join("\n");
  const { post } = parsePost({
    file: "content/blog/p/index.md",
    folder: "/site/content/blog/p",
    bytes: Buffer.from(text, "utf8"),
    text,
  });
  assert.ok(post);
  return checkFrontmatter(post);
}

test("the content check knows every registry field and no other", () => {
  const valid = problemsOf([
    "title: A post",
    'date: "2021-05-01"',
    'updated: "2021-06-01"',
    "description: About it",
    "featuredImage: ./cover.png",
    "featuredImageAlt: A cover",
    "author: Jane Doe",
    "tags: [en]",
    "lang: en",
    "draft: false",
    "slug: /2021/05/a-post/",
    "redirectFrom: [/a-post/, /old/a-post.html]",
    "redirect_from: /2020/a-post/",
    "attribution:",
    "  author: Jane Doe",
    "  url: https://example.org/post/",
    "  license: CC BY 4.0",
  ]);
  assert.deepEqual(valid, []);
  const unknown = problemsOf(["title: A post", 'date: "2021-05-01"', "mood: happy"]);
  assert.deepEqual(
    unknown.map((problem) => problem.rule),
    ["frontmatter/unknown"],
  );
});

test("other engines' names are suggested as the registry's field", () => {
  for (const [alias, field] of Object.entries(FIELD_ALIASES)) {
    const problems = problemsOf(["title: A post", 'date: "2021-05-01"', `${alias}: x`]);
    assert.ok(
      problems.some((problem) => problem.message.includes(`did you mean \`${field}\``)),
      `${alias} should suggest ${field}: ${problems.map((p) => p.message).join("; ")}`,
    );
  }
});
