import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { checkFrontmatter } from "../../../src/lib/content-check/frontmatter-schema";
import { parsePost } from "../../../src/lib/content-check/parse-post";
import {
  ALIAS_TABLE,
  aliasTableRows,
  fieldTableRows,
  tableRowsIn,
} from "../../../src/lib/frontmatter/docs-table";
import { FIELD_ALIASES, FRONTMATTER_FIELDS } from "../../../src/lib/frontmatter/fields";
import { frontmatterTypeDefs } from "../../../src/lib/frontmatter/graphql-types";

const names = FRONTMATTER_FIELDS.map((field) => field.name);

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

test("the migration guide's table of other blogs' names is the registry's, and the README links it", () => {
  const guide = fs.readFileSync(path.resolve("docs", "migration.md"), "utf8");
  const rows = aliasTableRows();
  assert.deepEqual(tableRowsIn(guide, ALIAS_TABLE), rows);
  assert.ok(
    rows.some(([written, readAs]) => written === "`spoiler`" && readAs === "`description`"),
  );
  assert.ok(
    rows.some(
      ([written, readAs]) =>
        written === "`published` (true or false)" && readAs.startsWith("`draft`, the other way"),
    ),
  );
  const readme = fs.readFileSync(path.resolve("README.md"), "utf8");
  assert.match(readme, /\]\(docs\/migration\.md\)/);
});

test("Gatsby's generated frontmatter type has exactly the registry's fields (build and commit it)", () => {
  assert.deepEqual(generatedFields("MarkdownRemarkFrontmatter"), [...names].sort());
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
  for (const name of names) assert.match(defs, new RegExp(`^ {2}${name}: `, "m"));
  // Other blogs' names are read into the fields by resolvers, never declared.
  assert.match(defs, /^ {2}redirectFrom: \[String!\]$/m);
  assert.doesNotMatch(defs, /^ {2}redirect_from:/m);
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

test("a near miss of another blog's name is suggested as the registry's field", () => {
  for (const [alias, field] of Object.entries(FIELD_ALIASES)) {
    // One letter doubled: not the alias itself (which is read), but close to it.
    const typo = `${alias}${alias.at(-1) ?? ""}`;
    const problems = problemsOf(["title: A post", 'date: "2021-05-01"', `${typo}: x`]);
    assert.ok(
      problems.some((problem) => problem.message.includes(`did you mean \`${field}\``)),
      `${typo} should suggest ${field}: ${problems.map((p) => p.message).join("; ")}`,
    );
  }
});
