import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import { collectAnchors, pageAnchors } from "../../../src/lib/content-check/page-anchors";
import { checkReferences, editDistance } from "../../../src/lib/content-check/references";
import type { CheckContext, Problem } from "../../../src/lib/content-check/types";
import { contextWith, postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3; the first body line is line 4. */
function referenceProblems(context: CheckContext, ...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Links", "---", ...bodyLines);
  return checkReferences(post, parseMarkdown(post.body), context);
}

function where(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`);
}

test("a missing image is an error at its URL, naming the post's folder", () => {
  const problems = referenceProblems(contextWith(), "", "![A chart](chart.png)");
  assert.deepEqual(problems, [
    {
      file: "content/blog/test-post/index.md",
      line: 5,
      column: 12,
      severity: "error",
      rule: "references/missing-file",
      message:
        'image "chart.png" does not exist in content/blog/test-post/; check the file name (names are case-sensitive)',
    },
  ]);
});

test("existing images pass, whatever their format, query or encoding", () => {
  const context = contextWith(["chart.png", "anim.gif", "my chart.png", "sub/fig.svg"]);
  const problems = referenceProblems(
    context,
    "",
    "![A chart](chart.png) ![An animation](anim.gif)",
    "",
    '![Spaces](my%20chart.png "Title") ![Sub](./sub/fig.svg?v=2#x)',
    "",
    "[ref]: chart.png",
  );
  assert.deepEqual(problems, []);
});

test("a missing GIF and a missing <img src> in HTML are errors", () => {
  const problems = referenceProblems(
    contextWith(["chart.png"]),
    "",
    "![An animation](anim.gif)",
    "",
    '<img src="photo.jpg" alt="A photo">',
    "",
    "Inline <img alt='x' src='Chart.png'> too.",
  );
  assert.deepEqual(where(problems), [
    "5:17 references/missing-file",
    "7:11 references/missing-file",
    "9:26 references/missing-file",
  ]);
  assert.match(problems[2]?.message ?? "", /^image "Chart\.png" does not exist/);
});

test("a missing linked file is an error; reference definitions are checked too", () => {
  const problems = referenceProblems(contextWith(), "", "[data][d]", "", "[d]: data.csv");
  assert.deepEqual(where(problems), ["7:6 references/missing-file"]);
  assert.match(problems[0]?.message ?? "", /^link "data\.csv" does not exist/);
});

test("a link to a page that does not exist is an error", () => {
  const problems = referenceProblems(contextWith(), "", "See [this](/no-such-post/).");
  assert.deepEqual(where(problems), ["5:12 references/missing-page"]);
  assert.equal(
    problems[0]?.message,
    'link "/no-such-post/" is not a page of the site; check the path; posts are served at /folder-name/',
  );
});

test("a near miss of a page suggests it", () => {
  const problems = referenceProblems(contextWith(), "", "See [this](/representation-learning/).");
  assert.deepEqual(where(problems), ["5:12 references/missing-page"]);
  assert.match(problems[0]?.message ?? "", /did you mean "\/representation_learning\/"\?$/);
});

test("site pages with or without the trailing slash, and built files, pass", () => {
  const problems = referenceProblems(
    contextWith(),
    "",
    "[a](/representation_learning/) [b](/representation_learning) [c](/) [d](/rss.xml)",
    "[e](/static/x.png) [f](/representation_learning/#bert)",
  );
  assert.deepEqual(problems, []);
});

test("relative links to another post's folder are links to its page", () => {
  const accepted = referenceProblems(
    contextWith(),
    "",
    "[a](../representation_learning/) [b](../representation_learning/index.md)",
    "[c](../representation_learning) [d](../representation_learning/#references)",
  );
  assert.deepEqual(accepted, []);
  const missing = referenceProblems(contextWith(), "", "[a](../representation-learning/)");
  assert.deepEqual(where(missing), ["5:5 references/missing-page"]);
  assert.match(
    missing[0]?.message ?? "",
    /^link "\.\.\/representation-learning\/" \(\/representation-learning\/\) is not a page of the site; did you mean "\/representation_learning\/"\?$/,
  );
});

test("absolute and non-web URLs are not checked", () => {
  const problems = referenceProblems(
    contextWith(),
    "",
    "[a](https://example.com/x.png) ![b](http://example.com/y.png) [c](mailto:a@b.c)",
    "<https://example.org> www.example.net [d](//cdn.example.com/z.js)",
  );
  assert.deepEqual(problems, []);
});

test("an anchor must match a heading of the post", () => {
  const body = [
    "",
    "## BERT Learns Good Representations of Texts",
    "",
    "[ok](#bert-learns-good-representations-of-texts) [bad](#bert-learns-good-representation)",
  ];
  const problems = referenceProblems(contextWith(), ...body);
  assert.deepEqual(where(problems), ["7:56 references/missing-anchor"]);
  assert.equal(
    problems[0]?.message,
    'link "#bert-learns-good-representation" matches no heading or id in this post; anchors in this post include #bert-learns-good-representations-of-texts',
  );
});

test("at most five anchors are listed, the closest first", () => {
  const headings = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Summary"];
  const problems = referenceProblems(
    contextWith(),
    ...headings.flatMap((heading) => ["", `## ${heading}`]),
    "",
    "[x](#summery)",
  );
  assert.match(problems[0]?.message ?? "", /include #summary, #gamma, #beta, #zeta, #alpha$/);
});

test("footnote ids and HTML ids are anchors too", () => {
  const problems = referenceProblems(
    contextWith(),
    "",
    "A note[^a] and an inline one^[Inline.] [1](#fn-a) [2](#fnref-a) [3](#fn-1) [4](#here)",
    "",
    '<a id="here"></a>',
    "",
    "[^a]: The note.",
  );
  assert.deepEqual(problems, []);
});

test("a footnote label with spaces is linked as the id it renders to, spaces as dashes", () => {
  const body = [
    "A note[^my note] [back](#fn-my-note) [call](#fnref-my-note)",
    "",
    "[^my note]: The note.",
  ];
  assert.deepEqual(referenceProblems(contextWith(), "", ...body), []);
  const wrong = referenceProblems(
    contextWith(),
    "",
    "A note[^my note] [x](#fn-mynote)",
    "",
    "[^my note]: N.",
  );
  assert.deepEqual(
    wrong.map((problem) => problem.rule),
    ["references/missing-anchor"],
  );
});

test("heading anchors are the build's heading ids, duplicates numbered", () => {
  const tree = parseMarkdown("## A\n\n## A\n\n## A-1\n\n## A\n");
  assert.deepEqual(collectAnchors(tree), ["a", "a-1", "a-1-1", "a-2"]);
});

test("a section link within the post may follow either slug rule, raw or percent-encoded", () => {
  const body = [
    "",
    "# 機械学習／データサイエンス",
    "",
    "## 原则 1：不阻断数据流",
    "",
    "[a](#機械学習データサイエンス) [b](#機械学習／データサイエンス) [c](#原则-1：不阻断数据流)",
    `[d](#${encodeURIComponent("原则-1：不阻断数据流")}) [e](#${encodeURIComponent("原则-1不阻断数据流")})`,
    "[f](#top)",
  ];
  assert.deepEqual(referenceProblems(contextWith(), ...body), []);
});

test("a section link that matches no heading under either rule names the closest", () => {
  const body = [
    "",
    "## 原则 1：不阻断数据流",
    "",
    "## 总结",
    "",
    "See [x](#原则-1:不阻断数据).",
    "",
  ];
  const problems = referenceProblems(contextWith(), ...body);
  assert.deepEqual(where(problems), ["9:9 references/missing-anchor"]);
  assert.equal(
    problems[0]?.message,
    'link "#原则-1:不阻断数据" matches no heading or id in this post; anchors in this post include #原则-1不阻断数据流, #总结',
  );
});

/** A context in which the post /other/ exists, with the headings of `markdown`. */
function contextWithOtherPost(markdown: string): CheckContext {
  const other = pageAnchors(parseMarkdown(markdown));
  return {
    ...contextWith([], ["/", "/other/", "/representation_learning/"]),
    anchorsOf: (sitePath) => (sitePath === "/other/" ? other : null),
  };
}

test("a link to another post's section is checked against that post's headings", () => {
  const context = contextWithOtherPost(
    "# 原则 1：不阻断数据流\n\n## Results\n\nA note.[^n]\n\n[^n]: N.",
  );
  const fine = referenceProblems(
    context,
    "",
    "[a](../other/#原则-1不阻断数据流) [b](/other/#results) [c](../other/#fn-n) [d](../other/)",
    `[e](/other/#${encodeURIComponent("原则-1不阻断数据流")}) [f](/representation_learning/#x)`,
  );
  assert.deepEqual(fine, []);
  const missing = referenceProblems(context, "", "[a](../other/#resluts)");
  assert.deepEqual(where(missing), ["5:5 references/missing-anchor"]);
  assert.match(
    missing[0]?.message ?? "",
    /^link "\.\.\/other\/#resluts" matches no heading or id of \/other\/; anchors in \/other\/ include #results,/,
  );
});

test("another post's section named by the older rule is reported with the id to write", () => {
  const context = contextWithOtherPost("## 原则 1：不阻断数据流");
  const problems = referenceProblems(context, "", "[a](../other/#原则-1：不阻断数据流)");
  assert.deepEqual(where(problems), ["5:5 references/missing-anchor"]);
  assert.equal(
    problems[0]?.message,
    'link "../other/#原则-1：不阻断数据流" names a heading of /other/ by an older slug rule, which works only for links within a post; write "../other/#原则-1不阻断数据流"',
  );
});

test("edit distance", () => {
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("same", "same"), 0);
});
