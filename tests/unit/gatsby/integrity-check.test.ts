import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { checkBuiltSiteIntegrity } from "../../../src/gatsby/integrity-check";

function write(root: string, file: string, data: string | Buffer): void {
  const target = path.join(root, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, data);
}

test("every text file of public/ is checked, and U+FFFD passes only where a source wrote it", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "integrity-"));
  try {
    write(
      root,
      "content/blog/bytes/index.md",
      "---\ntitle: Bytes\n---\n\n0xFF decodes to \uFFFD.\n",
    );
    write(root, "content/blog/clean/index.md", "---\ntitle: ゼロから\n---\n\nゼロから学ぶ 🎉\n");
    write(root, "public/bytes/index.html", "<p>0xFF decodes to \uFFFD.</p>");
    write(root, "public/feed.json", '{"content_html":"<p>0xFF decodes to \uFFFD.</p>"}');
    write(root, "public/clean/index.html", "<p>ゼロから学ぶ 🎉</p>");
    write(
      root,
      "public/ja/index.html",
      Buffer.concat([Buffer.from("<li>ゼ"), Buffer.from([0, 0]), Buffer.from("ロ</li>")]),
    );
    write(root, "public/tags/index.html", "<li>ゼ\uFFFDロ</li>");
    write(root, "public/app.js", Buffer.from([0x76, 0x61, 0x72, 0xc3]));
    // Binary and copied files are not read: a PNG holds NUL bytes by nature.
    write(root, "public/og/home.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]));

    const result = checkBuiltSiteIntegrity(
      path.join(root, "public"),
      [path.join(root, "content")],
      root,
    );
    assert.equal(result.checkedFiles, 6);
    assert.deepEqual(
      result.problems.map((found) => [found.file, found.problem.kind, found.problem.offset]),
      [
        ["public/app.js", "invalid-utf8", 3],
        ["public/ja/index.html", "nul", 7],
        ["public/tags/index.html", "replacement", 7],
      ],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
