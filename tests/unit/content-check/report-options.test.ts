import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DEFAULT_VIEW,
  combineViews,
  parseReportArgs,
  parseReportEnv,
  reportEnvValue,
  ruleMatches,
} from "../../../src/lib/content-check/report-options";

test("no report arguments give the short report and keep every other argument in order", () => {
  const parsed = parseReportArgs(["--strict", "--verbose"]);
  assert.deepEqual(parsed.view, DEFAULT_VIEW);
  assert.deepEqual(parsed.rest, ["--strict", "--verbose"]);
  assert.equal(parsed.error, null);
});

test("--all asks for every warning", () => {
  const parsed = parseReportArgs(["--all", "--strict"]);
  assert.deepEqual(parsed.view, { all: true, rules: [] });
  assert.deepEqual(parsed.rest, ["--strict"]);
});

test("--rule is repeatable, with the name as the next argument or after =", () => {
  const parsed = parseReportArgs([
    "--rule",
    "structure/alt-text",
    "--prefix-paths",
    "--rule=math/",
  ]);
  assert.deepEqual(parsed.view, { all: false, rules: ["structure/alt-text", "math/"] });
  assert.deepEqual(parsed.rest, ["--prefix-paths"]);
  assert.equal(parsed.error, null);
});

test("--rule without a name is an error, and does not swallow the next option", () => {
  assert.match(parseReportArgs(["--rule"]).error ?? "", /--rule needs a rule/);
  assert.match(parseReportArgs(["--rule="]).error ?? "", /--rule needs a rule/);
  const parsed = parseReportArgs(["--rule", "--all"]);
  assert.match(parsed.error ?? "", /--rule needs a rule/);
});

test("CHECK_REPORT takes `all` and rules, separated by commas or spaces", () => {
  assert.deepEqual(parseReportEnv(undefined), DEFAULT_VIEW);
  assert.deepEqual(parseReportEnv(""), DEFAULT_VIEW);
  assert.deepEqual(parseReportEnv("all"), { all: true, rules: [] });
  assert.deepEqual(parseReportEnv("structure/, math/katex all"), {
    all: true,
    rules: ["structure/", "math/katex"],
  });
});

test("the environment and the arguments add up, and survive the trip to a child process", () => {
  const view = combineViews(parseReportEnv("math/katex"), {
    all: true,
    rules: ["math/katex", "x/y"],
  });
  assert.deepEqual(view, { all: true, rules: ["math/katex", "x/y"] });
  assert.equal(reportEnvValue(view), "all,math/katex,x/y");
  assert.deepEqual(parseReportEnv(reportEnvValue(view)), view);
  assert.equal(reportEnvValue(DEFAULT_VIEW), "");
});

test("a rule is matched by its name or by a family of whole segments", () => {
  assert.equal(ruleMatches("structure/alt-text", "structure/alt-text"), true);
  assert.equal(ruleMatches("structure/", "structure/alt-text"), true);
  assert.equal(ruleMatches("structure", "structure/alt-text"), true);
  assert.equal(ruleMatches("structure/alt", "structure/alt-text"), false);
  assert.equal(ruleMatches("struct", "structure/alt-text"), false);
  assert.equal(ruleMatches("structure/alt-text", "structure/heading-skip"), false);
  assert.equal(ruleMatches("math/", "structure/math"), false);
});
