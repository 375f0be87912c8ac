import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatIntegrityProblem,
  formatIntegrityReport,
  type IntegrityProblem,
} from "../../../src/lib/integrity/report";

const nul: IntegrityProblem = {
  file: "public/ja-1/index.html",
  problem: { kind: "nul", offset: 20478, length: 2 },
  shown: "…表現学習ゼ␀␀ロから学ぶ…",
};

test("each problem names the file, the byte offset, what the bytes are and their text", () => {
  assert.equal(
    formatIntegrityProblem(nul),
    'public/ja-1/index.html: byte 20478: 2 NUL bytes in "…表現学習ゼ␀␀ロから学ぶ…"',
  );
  assert.equal(
    formatIntegrityProblem({
      file: "public/feed.json",
      problem: { kind: "replacement", offset: 9, length: 3 },
      shown: "ゼ�ロ",
    }),
    'public/feed.json: byte 9: a U+FFFD (the replacement character) that no source has in "ゼ�ロ"',
  );
  assert.equal(
    formatIntegrityProblem({
      file: "public/rss.xml",
      problem: { kind: "invalid-utf8", offset: 4, length: 2, reason: "truncated" },
      shown: "日本\\xE8\\xAA",
    }),
    'public/rss.xml: byte 4: 2 bytes that are not UTF-8 (a character cut short) in "日本\\xE8\\xAA"',
  );
  assert.match(
    formatIntegrityProblem({
      file: "public/a.js",
      problem: { kind: "invalid-utf8", offset: 0, length: 1, reason: "invalid-byte" },
      shown: "\\xFF",
    }),
    /byte 0: a byte that is not UTF-8 \(a byte that UTF-8 never uses\)/,
  );
});

test("the report counts the problems and files, and names React's renderer when NULs are found", () => {
  const report = formatIntegrityReport([nul], 120);
  assert.match(report, /^The built site holds bytes that its sources do not/);
  assert.match(report, /\n1 problem in 1 file \(120 files checked\)\./);
  assert.match(report, /react issue 31134/);
  const withoutNul = formatIntegrityReport(
    [{ ...nul, problem: { kind: "replacement", offset: 1, length: 6 }, shown: "��" }],
    3,
  );
  assert.match(withoutNul, /2 U\+FFFD characters/);
  assert.doesNotMatch(withoutNul, /31134/);
});

test("a site broken everywhere gets a report of readable length", () => {
  const problems: IntegrityProblem[] = [];
  for (let page = 0; page < 30; page += 1) {
    for (let offset = 0; offset < 8; offset += 1) {
      problems.push({
        ...nul,
        file: `public/p${page}/index.html`,
        problem: { ...nul.problem, offset },
      });
    }
  }
  const report = formatIntegrityReport(problems, 500);
  assert.match(report, /public\/p0\/index\.html: 3 more/);
  assert.match(report, /… and 10 more files/);
  assert.match(report, /240 problems in 30 files \(500 files checked\)/);
  assert.ok(report.split("\n").length < 150, report);
});
