import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseInfoString } from "../../../../plugins/gatsby-remark-code-blocks/info-string";

/** remark splits the info string at its first space; these tests pass it the same way. */
function parse(info: string) {
  const space = info.search(/\s/);
  return space === -1
    ? parseInfoString(info, null)
    : parseInfoString(info.slice(0, space), info.slice(space + 1));
}

describe("code block info strings", () => {
  test("a language alone", () => {
    assert.deepEqual(parse("ts"), {
      language: "ts",
      title: null,
      highlightedLines: [],
      problems: [],
    });
  });

  test("no info string at all", () => {
    assert.deepEqual(parseInfoString(null, null), {
      language: null,
      title: null,
      highlightedLines: [],
      problems: [],
    });
  });

  test("title=\"…\" with spaces, and title='…'", () => {
    assert.equal(parse('ts title="src/my file.ts"').title, "src/my file.ts");
    assert.equal(parse("py title='train.py'").title, "train.py");
    assert.equal(parse("sh title=install.sh").title, "install.sh");
  });

  test("the older ts:title=file.ts form", () => {
    const info = parse("ts:title=src/app.ts");
    assert.equal(info.language, "ts");
    assert.equal(info.title, "src/app.ts");
    assert.deepEqual(info.problems, []);
  });

  test("line ranges, alone and with a title in either form", () => {
    assert.deepEqual(parse("ts {2,4-6}").highlightedLines, [2, 4, 5, 6]);
    assert.deepEqual(parse("ts{3}").highlightedLines, [3]);
    const modern = parse('ts title="a.ts" {1, 3 - 4}');
    assert.deepEqual([modern.title, modern.highlightedLines], ["a.ts", [1, 3, 4]]);
    const older = parse("ts:title=a.ts {2}");
    assert.deepEqual([older.language, older.title, older.highlightedLines], ["ts", "a.ts", [2]]);
    const rangeFirst = parse("js {5,1} title='b.js'");
    assert.deepEqual([rangeFirst.title, rangeFirst.highlightedLines], ["b.js", [1, 5]]);
  });

  test("a title without a language", () => {
    const info = parse('title="notes.txt"');
    assert.equal(info.language, null);
    assert.equal(info.title, "notes.txt");
  });

  test("what cannot be read is skipped and described, never thrown", () => {
    const info = parse("ts {0,3-1,x,2} showLineNumbers");
    assert.deepEqual(info.highlightedLines, [2]);
    assert.equal(info.problems.length, 4, info.problems.join("\n"));
    assert.match(info.problems[0] ?? "", /`0`/);
    assert.match(info.problems[1] ?? "", /`3-1`/);
    assert.match(info.problems[2] ?? "", /`x`/);
    assert.match(info.problems[3] ?? "", /`showLineNumbers`/);
  });

  test("an unclosed quote or brace still gives what was written", () => {
    const quote = parse('ts title="half');
    assert.equal(quote.title, "half");
    assert.match(quote.problems.join(), /no closing "/);
    const brace = parse("ts {2,3");
    assert.deepEqual(brace.highlightedLines, [2, 3]);
    assert.match(brace.problems.join(), /no closing `}`/);
  });
});
