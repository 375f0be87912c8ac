import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import {
  checkMath,
  looksLikeDollarAmount,
  untrustedCommands,
} from "../../../src/lib/content-check/math";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3, so the body starts on line 4. */
function mathProblems(...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Math", "---", ...bodyLines);
  return checkMath(post, parseMarkdown(post.body));
}

function where(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`);
}

test("a KaTeX error is reported at the file line and column of the offending character", () => {
  const problems = mathProblems("", "Intro.", "", "The ratio $\\frac{1}{$ is wrong.");
  assert.equal(problems.length, 1);
  // Line 7; KaTeX stops at the end of the TeX, which is the closing `$` in column 21.
  assert.deepEqual(problems[0], {
    file: "content/blog/test-post/index.md",
    line: 7,
    column: 21,
    severity: "error",
    rule: "math/katex",
    message:
      "KaTeX cannot typeset this formula: Unexpected end of input in a macro argument, expected '}'",
  });
});

test("every bad formula is reported, each at its own place, columns in characters", () => {
  const problems = mathProblems("", "Fine $a$, bad $x^^2$.", "", "😲 then $a + \\foo$.");
  assert.deepEqual(where(problems), ["5:17 math/katex", "7:13 math/katex"]);
  assert.match(problems[0]?.message ?? "", /Expected group after '\^'$/);
  assert.match(problems[1]?.message ?? "", /Undefined control sequence: \\foo$/);
});

test("an error on the second line of a display block points into that line", () => {
  const problems = mathProblems("", "$$", "a + b \\\\", "x = \\oops + 1", "$$");
  assert.deepEqual(where(problems), ["7:5 math/katex"]);
});

test("inside a block quote the column still lands on the TeX, past the `> `", () => {
  const problems = mathProblems("", "> $$", "> a +", "> \\frac{1}{", "> $$");
  // KaTeX reports the end of input: just after the last `{` on line 7.
  assert.deepEqual(where(problems), ["7:12 math/katex"]);
});

test("a formula without a KaTeX position is reported at its start", () => {
  const problems = mathProblems("", "See $\\begin{align}x\\end{align}$.");
  assert.deepEqual(where(problems), ["5:6 math/katex"]);
  assert.match(problems[0]?.message ?? "", /can be used only in display mode/);
});

test("\\href with a javascript: URL is an error that names the danger", () => {
  const problems = mathProblems("", "Click $\\href{javascript:alert(1)}{x}$ now.");
  assert.deepEqual(where(problems), ["5:8 math/untrusted"]);
  const message = problems[0]?.message ?? "";
  assert.match(
    message,
    /^`\\href` is disabled \(trust is off\), so this formula will not show a link; remove it or write a Markdown link outside the formula/,
  );
  assert.match(message, /`javascript:`/);
});

test("other untrusted commands are errors too; an escaped \\\\href is not a command", () => {
  assert.deepEqual(
    untrustedCommands("\\url{https://x.org} \\includegraphics{a.png} \\\\href \\htmlStyle{c}").map(
      (command) => command.index,
    ),
    [0, 20, 51],
  );
  assert.doesNotMatch(untrustedCommands("\\url{https://x.org}")[0]?.message ?? "", /javascript/);
  assert.deepEqual(mathProblems("", "$a \\\\href b$"), []);
});

test("prose between two dollar amounts warns at the first dollar sign", () => {
  const problems = mathProblems("", "It costs $5 and $10 to enter.");
  assert.deepEqual(problems, [
    {
      file: "content/blog/test-post/index.md",
      line: 5,
      column: 10,
      severity: "warning",
      rule: "math/dollar-amount",
      message:
        "this looks like a dollar amount, not math: `$5 and $` is typeset as a formula; write \\$5 to keep the dollar sign, or add `math: false` to the frontmatter if the post has no math",
    },
  ]);
});

test("real formulas and escaped or unpaired dollars do not warn", () => {
  const problems = mathProblems(
    "",
    "With batch size $B$ we get $2B$ images, $x_1$, $x_1 + x_2$ and $f(x) = ax + b$.",
    "",
    "Also $\\text{loss and gain}$, $3 \\times 4$, $10 \\text{ ms}$ and $\\sin x \\cos y$.",
    "",
    "It costs \\$5 and \\$10; a lone $5 bill is fine.",
  );
  assert.deepEqual(problems, []);
});

test("the dollar-amount heuristic", () => {
  for (const prose of ["5 and ", "5, you paid ", "10 or ", "3 per ", "the cost is fine"]) {
    assert.equal(looksLikeDollarAmount(prose), true, prose);
  }
  for (const math of ["2B", "x_1", "f(x) = ax + b", "\\text{loss and gain}", "2 x", "1 + 2"]) {
    assert.equal(looksLikeDollarAmount(math), false, math);
  }
});
