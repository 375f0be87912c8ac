import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatReport,
  groupWarnings,
  mustFail,
  summarize,
} from "../../../src/lib/content-check/report";
import type { Problem } from "../../../src/lib/content-check/types";

function problem(
  file: string,
  line: number | null,
  severity: Problem["severity"],
  rule: string,
  message: string,
): Problem {
  return { file, line, column: line === null ? null : 1, severity, rule, message };
}

const UNKNOWN = "unknown field `layout`; it is ignored";

/** An old blog moved in: every post has a `layout` field and an image without alt text. */
function migratedBlog(posts: number): Problem[] {
  const problems: Problem[] = [];
  for (let index = 1; index <= posts; index++) {
    const file = `content/blog/a-${String(index).padStart(2, "0")}/index.md`;
    problems.push(problem(file, 4, "warning", "frontmatter/unknown", UNKNOWN));
    problems.push(
      problem(file, 9, "warning", "structure/alt-text", `image "${index}.png" has no alt`),
    );
  }
  return problems;
}

const ERRORS = [
  problem("content/blog/z-late/index.md", 3, "error", "frontmatter/date", '"soon" is not a date'),
  problem("content/blog/z-late/index.md", 8, "error", "math/katex", "KaTeX cannot typeset"),
  problem("content/blog/zz/index.md", null, "error", "structure/empty", "the post is empty"),
];

const lines = (report: string) => report.split("\n");

test("errors come first, every one, grouped by file, even when warnings are in earlier files", () => {
  const report = lines(formatReport([...migratedBlog(20), ...ERRORS], 22));
  assert.deepEqual(report.slice(0, 5), [
    'content/blog/z-late/index.md:3:1: error: "soon" is not a date [frontmatter/date]',
    "content/blog/z-late/index.md:8:1: error: KaTeX cannot typeset [math/katex]",
    "",
    "content/blog/zz/index.md: error: the post is empty [structure/empty]",
    "",
  ]);
});

test("warnings are grouped by rule with their count, the largest group first", () => {
  const problems = [
    ...migratedBlog(20),
    problem(
      "content/blog/a-01/index.md",
      12,
      "warning",
      "structure/alt-text",
      'image "x.png" has no alt',
    ),
    problem("content/blog/b/index.md", 6, "warning", "math/dollar-amount", "a dollar amount"),
  ];
  const report = formatReport(problems, 21);
  const headers = lines(report).filter((line) => /^\d+ warnings? \[/.test(line));
  assert.deepEqual(headers, [
    "21 warnings [structure/alt-text] in 20 files:",
    `20 warnings [frontmatter/unknown] in 20 files: ${UNKNOWN}`,
    "1 warning [math/dollar-amount]: a dollar amount",
  ]);
  const groups = groupWarnings(problems);
  assert.deepEqual(
    groups.map((group) => [group.rule, group.problems.length, group.files]),
    [
      ["structure/alt-text", 21, 20],
      ["frontmatter/unknown", 20, 20],
      ["math/dollar-amount", 1, 1],
    ],
  );
});

test("a group shows its first locations, with their messages only when the messages differ", () => {
  const report = formatReport(migratedBlog(20), 20);
  assert.match(
    report,
    new RegExp(
      [
        "^20 warnings \\[frontmatter/unknown\\] in 20 files: unknown field `layout`.*",
        "  content/blog/a-01/index.md:4:1",
        "  content/blog/a-02/index.md:4:1",
        "  content/blog/a-03/index.md:4:1",
        "  … and 17 more$",
      ].join("\n"),
      "m",
    ),
  );
  assert.match(
    report,
    new RegExp(
      [
        "^20 warnings \\[structure/alt-text\\] in 20 files:",
        '  content/blog/a-01/index.md:9:1: image "1.png" has no alt',
        '  content/blog/a-02/index.md:9:1: image "2.png" has no alt',
        '  content/blog/a-03/index.md:9:1: image "3.png" has no alt',
        "  … and 17 more$",
      ].join("\n"),
      "m",
    ),
  );
  assert.doesNotMatch(report, /a-04/);
  const one = formatReport(migratedBlog(20), 20, { shownPerRule: 1 });
  assert.equal(lines(one).filter((line) => line === "  … and 19 more").length, 2);
  assert.match(one, /^Each rule shows its first 1 warning; /m);
});

test("the hint tells how to see everything, and only when something was left out", () => {
  const report = formatReport(migratedBlog(4), 4, { seeAll: "run it with --all" });
  assert.match(report, /^Each rule shows its first 3 warnings; run it with --all\.$/m);
  assert.match(formatReport(migratedBlog(4), 4), /`npm run check -- --all`/);
  assert.doesNotMatch(formatReport(migratedBlog(3), 3), /Each rule shows/);
});

test("the counts of every problem stay the last line, whatever is shown", () => {
  const problems = [...migratedBlog(20), ...ERRORS];
  const summary = "3 errors and 40 warnings in 22 files (22 files checked).";
  for (const view of [
    undefined,
    { all: true, rules: [] },
    { all: false, rules: ["math/katex"] },
    { all: false, rules: ["no/such-rule"] },
  ]) {
    assert.equal(lines(formatReport(problems, 22, { view })).at(-1), summary);
  }
  assert.equal(formatReport([], 5), "No problems in 5 files.");
  assert.equal(
    formatReport([], 1, { view: { all: false, rules: ["math/"] } }),
    "No problems in 1 file.",
  );
});

test("--all lists every warning in full, by file, after the errors", () => {
  const report = formatReport([...migratedBlog(20), ...ERRORS], 22, {
    view: { all: true, rules: [] },
  });
  const warnings = lines(report).filter((line) => line.includes(": warning: "));
  assert.equal(warnings.length, 40);
  assert.equal(
    warnings[0],
    `content/blog/a-01/index.md:4:1: warning: ${UNKNOWN} [frontmatter/unknown]`,
  );
  assert.ok(report.indexOf(": error: ") < report.indexOf(": warning: "));
  assert.doesNotMatch(report, /… and|Each rule shows/);
});

test("--rule lists every problem of that rule, errors and warnings, and says what it left out", () => {
  const problems = [
    ...migratedBlog(20),
    ...ERRORS,
    problem("content/blog/a-05/index.md", 7, "error", "structure/duplicate-slug", "two posts"),
  ];
  const exact = formatReport(problems, 22, { view: { all: false, rules: ["structure/alt-text"] } });
  assert.equal(lines(exact).filter((line) => line.includes("[structure/alt-text]")).length, 20);
  assert.doesNotMatch(exact, /frontmatter\/unknown|structure\/empty|duplicate-slug/);
  assert.match(exact, /^Shown: the 20 problems of structure\/alt-text; 24 others left out\.$/m);

  const family = formatReport(problems, 22, { view: { all: false, rules: ["structure/"] } });
  const shown = lines(family).filter((line) => / \[structure\//.test(line));
  assert.equal(shown.length, 22);
  // Errors first, then the warnings.
  assert.match(shown[0] ?? "", /error: .*\[structure\/(duplicate-slug|empty)\]$/);
  assert.match(shown[1] ?? "", /error: .*\[structure\/(duplicate-slug|empty)\]$/);
  assert.match(shown[2] ?? "", /warning: .*\[structure\/alt-text\]$/);
  assert.doesNotMatch(family, /frontmatter|math\/katex/);

  const several = formatReport(problems, 22, {
    view: { all: false, rules: ["math/katex", "frontmatter/date"] },
  });
  assert.match(several, /^Shown: the 2 problems of math\/katex, frontmatter\/date; 42 others/m);
});

test("--rule that matches nothing names the rules that have problems", () => {
  const report = formatReport([...migratedBlog(2), ...ERRORS], 4, {
    view: { all: false, rules: ["structure/alt"] },
  });
  assert.match(
    report,
    /^No problems of structure\/alt; the rules with problems are frontmatter\/date, frontmatter\/unknown, math\/katex, structure\/alt-text, structure\/empty\.$/m,
  );
});

const SPOILER_NOTE =
  "`spoiler` is read as `description`; rename it to `description` to silence this note";

/** A blog moved in whose posts all use `spoiler`, and a few `published: false`. */
function notedBlog(posts: number): Problem[] {
  return Array.from({ length: posts }, (_, index) => {
    const file = `content/blog/n-${String(index + 1).padStart(2, "0")}/index.md`;
    return problem(file, 4, "note", "frontmatter/alias", SPOILER_NOTE);
  });
}

test("notes are summed up in one line for each alias, after the warnings", () => {
  const draft = problem(
    "content/blog/n-07/index.md",
    5,
    "note",
    "frontmatter/alias",
    "`published` is read as `draft`",
  );
  const report = formatReport([...migratedBlog(4), ...notedBlog(30), draft], 34);
  const reportLines = lines(report);
  assert.ok(
    reportLines.includes(`30 notes [frontmatter/alias] in 30 files: ${SPOILER_NOTE}`),
    report,
  );
  // A note of its own keeps its place, so the author can find it.
  assert.ok(
    reportLines.includes(
      "content/blog/n-07/index.md:5:1: note: `published` is read as `draft` [frontmatter/alias]",
    ),
    report,
  );
  assert.doesNotMatch(report, /n-0[1-6]\/index\.md/);
  assert.ok(report.indexOf("[structure/alt-text]") < report.indexOf("30 notes"));
  assert.match(
    report,
    /^Each rule shows its first 3 warnings, and each note sums up its posts; `npm run check -- --all` lists every warning and note/m,
  );
  assert.equal(
    reportLines.at(-1),
    "0 errors and 8 warnings in 4 files (34 files checked); 31 notes.",
  );
});

test("notes alone are no problem, and never fail a build, strict or not", () => {
  const notes = notedBlog(3);
  assert.equal(lines(formatReport(notes, 5)).at(-1), "No problems in 5 files; 3 notes.");
  assert.match(formatReport(notes, 5), /^Each note sums up its posts; /m);
  assert.equal(mustFail(notes, true), false);
  assert.equal(mustFail([...notes, ...migratedBlog(1)], false), false);
  assert.equal(mustFail([...notes, ...migratedBlog(1)], true), true);
  assert.deepEqual(summarize(notes), { errors: 0, warnings: 0, notes: 3, files: 0 });
});

test("--all and --rule list every note on its own line", () => {
  const problems = [...migratedBlog(2), ...notedBlog(5)];
  const all = formatReport(problems, 7, { view: { all: true, rules: [] } });
  assert.equal(lines(all).filter((line) => line.includes(": note: ")).length, 5);
  assert.ok(all.indexOf(": warning: ") < all.indexOf(": note: "));
  const rule = formatReport(problems, 7, { view: { all: false, rules: ["frontmatter/alias"] } });
  assert.deepEqual(
    lines(rule).filter((line) => line.includes("[frontmatter/alias]")),
    notedBlog(5).map((note) => `${note.file}:4:1: note: ${SPOILER_NOTE} [frontmatter/alias]`),
  );
  assert.match(rule, /^Shown: the 5 problems of frontmatter\/alias; 4 others left out\.$/m);
});
