import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { builtFile, loadPage } from "../support/built-site";
import { buildFixtureSite, type FixtureBuild } from "../support/fixture-site";
import { meta } from "../support/head";

/** Posts as other blogs write them, frontmatter and all, each field under another blog's name. */
const OLD_SPOILER = `---
title: An old post
date: 2020-04-20 10:30:00 +0900
spoiler: What the old blog called a description.
categories: "graphs, deep learning"
cover: cover.png
---

Text of the old post.
`;

const THEMED_COVER = `---
title: A themed post
published: 2021-06-01
excerpt: An excerpt written for a Jekyll theme.
tags: [en]
cover:
  image: ./hero.jpg
  alt: A blue rectangle
lastmod: 2021-07-01
---

Text of the themed post.
`;

const UNPUBLISHED = `---
title: Not for the public
date: 2021-01-01
published: false
---

Held back.
`;

const BOTH_NAMES = `---
title: Both names
date: "2019-01-01"
description: The field's own description.
summary: A summary that loses.
---

Text.
`;

describe("a site of posts written with other blogs' frontmatter names", () => {
  let site: FixtureBuild;

  before(async () => {
    const png = await sharp({
      create: { width: 1200, height: 630, channels: 3, background: "#aa3366" },
    })
      .png()
      .toBuffer();
    const jpeg = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: "#3366aa" },
    })
      .jpeg()
      .toBuffer();
    site = buildFixtureSite("aliases", [
      { folder: "old-spoiler", markdown: OLD_SPOILER, files: { "cover.png": png } },
      { folder: "themed-cover", markdown: THEMED_COVER, files: { "hero.jpg": jpeg } },
      { folder: "unpublished", markdown: UNPUBLISHED },
      { folder: "both-names", markdown: BOTH_NAMES },
    ]);
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("`spoiler` is the description, `categories` text the tags, `cover` the shared image", () => {
    const $ = loadPage("/old-spoiler/", site.publicFolder);
    const description = "What the old blog called a description.";
    assert.equal($(".post-description").text(), description);
    assert.equal(meta($, "description"), description);
    assert.deepEqual(
      $(".tag-list a")
        .toArray()
        .map((link) => $(link).text()),
      ["graphs", "deep learning"],
    );
    const image = meta($, "og:image") ?? "";
    assert.doesNotMatch(image, /\/og\/posts\//, "a card was drawn instead of using the cover");
    assert.ok(builtFile(image, site.publicFolder), image);
    assert.equal(meta($, "og:image:type"), "image/png");
  });

  test("an unquoted Jekyll timestamp is the post's date, in UTC", () => {
    const $ = loadPage("/old-spoiler/", site.publicFolder);
    assert.equal($("time").first().attr("datetime"), "2020-04-20T01:30:00.000Z");
    assert.equal($("time").first().text(), "April 20, 2020");
  });

  test("`published`, `excerpt`, `cover.image`, `cover.alt` and `lastmod` are read too", async () => {
    const $ = loadPage("/themed-cover/", site.publicFolder);
    assert.equal($(".post-description").text(), "An excerpt written for a Jekyll theme.");
    // Unquoted, YAML reads these as dates, which Gatsby's Markdown reader writes in full.
    assert.equal($("time").first().attr("datetime"), "2021-06-01T00:00:00.000Z");
    assert.equal(meta($, "article:modified_time"), "2021-07-01T00:00:00.000Z");
    assert.equal(meta($, "og:image:alt"), "A blue rectangle");
    const file = builtFile(meta($, "og:image") ?? "", site.publicFolder);
    assert.ok(file, meta($, "og:image"));
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([width, height, format], [1200, 630, "jpeg"]);
  });

  test("`published: false` keeps a post out, as `draft: true` does", () => {
    assert.equal(fs.existsSync(path.join(site.publicFolder, "unpublished")), false);
    const home = fs.readFileSync(path.join(site.publicFolder, "index.html"), "utf8");
    assert.ok(!home.includes("Not for the public"));
  });

  test("the home page sorts by the dates read from aliases", () => {
    const $ = loadPage("/", site.publicFolder);
    const titles = $("main h2")
      .toArray()
      .map((heading) => $(heading).text().trim());
    assert.deepEqual(titles, ["A themed post", "An old post", "Both names"]);
  });

  test("a field and its alias: the field wins, and the alias is a warning", () => {
    const $ = loadPage("/both-names/", site.publicFolder);
    assert.equal($(".post-description").text(), "The field's own description.");
    assert.match(
      site.output,
      /^1 warning \[frontmatter\/alias-conflict\]: `summary` is ignored: `description` is set too.*\n {2}content\/blog\/both-names\/index\.md:5:1$/m,
    );
  });

  test("tag pages come from the aliases as well", () => {
    const $ = loadPage("/tags/deep-learning/", site.publicFolder);
    assert.ok($("main").text().includes("An old post"));
  });

  test("the build's report has one line for each alias, and no type conflicts", () => {
    assert.match(
      site.output,
      /content\/blog\/old-spoiler\/index\.md:4:1: note: `spoiler` is read as `description`; rename it to `description` to silence this note \[frontmatter\/alias\]/,
    );
    assert.match(site.output, /note: `cover\.image` is read as `featuredImage`/);
    assert.match(site.output, /note: `published` is read as `draft`, the other way round/);
    // `published` holds a date in one post and false in another: not a conflict of types.
    assert.doesNotMatch(site.output, /conflicting field types/i);
  });
});
