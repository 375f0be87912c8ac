import assert from "node:assert/strict";
import { test } from "node:test";
import { translationCodeOfFile } from "../../../src/lib/translations/translation-file";
import { translationFiles } from "../../../src/lib/translations/translation-files";
import { translationSlug } from "../../../src/lib/translations/translation-path";

test("only index.<code>.md is a translation", () => {
  assert.equal(translationCodeOfFile("content/blog/a/index.ja.md"), "ja");
  assert.equal(translationCodeOfFile("content/blog/a/index.pt-BR.md"), "pt-BR");
  assert.equal(translationCodeOfFile("content/blog/a/index.md"), null);
  assert.equal(translationCodeOfFile("content/blog/a/notes.ja.md"), null);
  assert.equal(translationCodeOfFile("content/blog/a/index.ja.old.md"), null);
});

test("a translation is served under its language's folder, at its original's address", () => {
  assert.equal(translationSlug("ja", "/my-post/"), "/ja/my-post/");
  assert.equal(translationSlug("pt-br", "/2019/05/my-post/"), "/pt-br/2019/05/my-post/");
});

test("each translation knows whether its original is there", () => {
  const found = translationFiles([
    "content/blog/a/index.md",
    "content/blog/a/index.fa.md",
    "content/blog/b/index.ja.md",
    "content/blog/b/notes.md",
  ]);
  assert.deepEqual(
    found.map((each) => [each.file, each.code?.tag ?? null, each.hasOriginal]),
    [
      ["content/blog/a/index.fa.md", "fa", true],
      ["content/blog/b/index.ja.md", "ja", false],
    ],
  );
});
