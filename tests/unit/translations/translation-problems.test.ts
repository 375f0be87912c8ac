import assert from "node:assert/strict";
import { test } from "node:test";
import type { Problem } from "../../../src/lib/content-check/types";
import { translationFiles } from "../../../src/lib/translations/translation-files";
import {
  explainMissingSection,
  translationProblems,
} from "../../../src/lib/translations/translation-problems";

const rules = (problems: readonly Problem[]) =>
  problems.map((problem) => `${problem.file} ${problem.severity} ${problem.rule}`);

test("orphans, codes that are no language, two files for one language, the original's language", () => {
  const files = [
    "content/blog/a/index.md",
    "content/blog/a/index.pt-BR.md",
    "content/blog/a/index.pt-br.md",
    "content/blog/a/index.draft.md",
    "content/blog/a/index.en.md",
    "content/blog/a/index.fa.md",
    "content/blog/b/index.ja.md",
  ];
  const problems = translationProblems(translationFiles(files), () => "en");
  assert.deepEqual(rules(problems), [
    "content/blog/a/index.pt-br.md error translations/duplicate-language",
    "content/blog/a/index.draft.md error translations/language-code",
    "content/blog/a/index.en.md error translations/same-language",
    "content/blog/b/index.ja.md error translations/orphan",
  ]);
  assert.match(problems[0]?.message ?? "", /index\.pt-BR\.md/);
});

test("a Persian original with no translations raises nothing", () => {
  assert.deepEqual(
    translationProblems(translationFiles(["content/blog/x/index.md"]), () => "fa"),
    [],
  );
});

test("a link to a section only the original has says so", () => {
  const problem: Problem = {
    file: "content/blog/a/index.fa.md",
    line: 7,
    column: 1,
    severity: "error",
    rule: "references/missing-anchor",
    message:
      'link "#eviction" matches no heading or id in this post; this post has no headings to link to',
  };
  const explained = explainMissingSection(problem, new Set(["eviction"]));
  assert.equal(explained.rule, "translations/missing-section");
  assert.equal(explained.line, 7);
  assert.equal(explainMissingSection(problem, new Set(["other"])), problem);
});
