import assert from "node:assert/strict";
import { test } from "node:test";
import { inheritedFields } from "../../../src/lib/translations/inheritance";
import { outdatedSince } from "../../../src/lib/translations/outdated";
import { alternatesOf, versionGroups } from "../../../src/lib/translations/versions";

const posts = [
  { slug: "/ja/a/", lang: "ja", original: "/a/", isTranslation: true },
  { slug: "/a/", lang: "en", original: "/a/", isTranslation: false },
  { slug: "/fa/a/", lang: "fa", original: "/a/", isTranslation: true },
  { slug: "/b/", lang: "fa", original: "/b/", isTranslation: false },
];

test("versions list the original first, then translations by language", () => {
  const groups = versionGroups(posts);
  assert.deepEqual(
    groups.get("/a/")?.map((version) => [version.slug, version.name, version.isOriginal]),
    [
      ["/a/", "English", true],
      ["/fa/a/", "فارسی", false],
      ["/ja/a/", "日本語", false],
    ],
  );
  assert.deepEqual(groups.get("/b/")?.length, 1);
});

test("alternates: every version and x-default for the original; none for a lone post", () => {
  const groups = versionGroups(posts);
  assert.deepEqual(alternatesOf(groups.get("/a/") ?? []), [
    { hreflang: "en", slug: "/a/" },
    { hreflang: "fa", slug: "/fa/a/" },
    { hreflang: "ja", slug: "/ja/a/" },
    { hreflang: "x-default", slug: "/a/" },
  ]);
  assert.deepEqual(alternatesOf(groups.get("/b/") ?? []), []);
});

test("a translation inherits only what it leaves out", () => {
  assert.deepEqual(
    inheritedFields(
      { title: "T", tags: ["own"] },
      { title: "O", date: "2024-01-01", tags: ["x"], featuredImage: "./c.png", author: "A" },
    ),
    { date: "2024-01-01", featuredImage: "./c.png" },
  );
});

test("a translation is outdated when its own date is before the original's update", () => {
  assert.equal(outdatedSince({ date: "2024-02-01", updated: null }, "2024-05-01"), "2024-05-01");
  assert.equal(outdatedSince({ date: "2024-02-01", updated: "2024-06-01" }, "2024-05-01"), null);
  assert.equal(outdatedSince({ date: null, updated: null }, "2024-05-01"), null);
  assert.equal(outdatedSince({ date: "2024-02-01", updated: null }, null), null);
});
