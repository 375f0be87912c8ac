import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { checkProjectContent } from "../../../src/gatsby/content-report";
import { readingTime } from "../../../src/lib/posts/reading-time";
import { readReadingTimes, readingTimeKey } from "../../../src/lib/posts/reading-time-store";

const LONG = Array.from({ length: 700 }, (_, index) => `word${index}`).join(" ");
const JAPANESE = "表現学習の最近の進展について説明します。".repeat(60);

test("the check keeps each post's reading time, as the build would measure it, by its bytes", (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "reading-times-"));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (folder: string, body: string) => {
    const dir = path.join(root, "content", "blog", folder);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "index.md");
    fs.writeFileSync(file, `---\ntitle: ${folder}\ndate: "2024-01-02"\n---\n\n${body}\n`);
    return file;
  };
  const english = write("english", `${LONG}\n\n$$\nx^2\n$$`);
  const japanese = write("japanese", JAPANESE);
  const options = {
    cacheFile: path.join(root, "cache", "check.json"),
    readingTimesFile: path.join(root, "cache", "reading-times.json"),
  };
  const expected = (file: string, body: string) => [
    readingTimeKey(fs.readFileSync(file), true),
    readingTime(body, { math: true }),
  ];

  checkProjectContent(root, options);
  const first = readReadingTimes(options.readingTimesFile);
  assert.deepEqual(
    [...first].sort(),
    [expected(english, `${LONG}\n\n$$\nx^2\n$$`), expected(japanese, JAPANESE)].sort(),
  );
  assert.equal(first.get(readingTimeKey(fs.readFileSync(english), true)), 3);

  // The Japanese post is edited: its old time goes, the English post's (reused, not parsed) stays.
  const shorter = JAPANESE.slice(0, 400);
  const oldKey = readingTimeKey(fs.readFileSync(japanese), true);
  write("japanese", shorter);
  const second = checkProjectContent(root, options);
  assert.deepEqual(second.cache, { reused: 1, checked: 1 });
  const times = readReadingTimes(options.readingTimesFile);
  assert.equal(times.has(oldKey), false);
  assert.deepEqual(
    [...times].sort(),
    [expected(english, `${LONG}\n\n$$\nx^2\n$$`), expected(japanese, shorter)].sort(),
  );
});

test("an unreadable file holds no reading times", (t) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "reading-times-"));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, "reading-times.json");
  fs.writeFileSync(file, "[1, 2");
  assert.equal(readReadingTimes(file).size, 0);
  fs.writeFileSync(file, JSON.stringify({ a: 2, b: "three" }));
  assert.deepEqual([...readReadingTimes(file)], [["a", 2]]);
});
