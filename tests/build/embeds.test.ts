import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load, type CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import {
  EMBED_ORIGINS,
  EMBEDS_POST,
  EMBEDS_SLUG,
  MAP_SRC,
  TWEET_URL,
  VIMEO_SRC,
  YOUTUBE_SRC,
} from "../support/embeds-post";
import {
  buildFixtureSite,
  createFixtureProject,
  postMarkdown,
  runBuildScript,
  type FixtureBuild,
} from "../support/fixture-site";
import { headersForPath, parseHeadersFile } from "../../tools/static-server";

/** Attributes a browser fetches from on its own, without the reader asking. */
const FETCHED = ["src", "srcset", "poster", "data"];

describe("raw HTML of an old post in a built site", () => {
  let site: FixtureBuild;
  let $: CheerioAPI;

  before(() => {
    site = buildFixtureSite("embeds", [EMBEDS_POST]);
    assert.equal(site.status, 0, site.output);
    $ = loadPage(EMBEDS_SLUG, site.publicFolder);
  });

  after(() => site?.remove());

  test("no iframe, and nothing the page fetches by itself from another site", () => {
    assert.equal($("iframe").length, 0);
    for (const attribute of FETCHED) {
      for (const element of $(`[${attribute}]`).toArray()) {
        const value = $(element).attr(attribute) ?? "";
        assert.doesNotMatch(value, /^(https?:)?\/\//, `${attribute}="${value}"`);
      }
    }
  });

  test("each iframe is a placeholder that says what it loads, and links to it", () => {
    const embeds = $(".post-body figure.embed");
    assert.deepEqual(
      embeds.toArray().map((element) => $(element).attr("data-embed-src")),
      [YOUTUBE_SRC, VIMEO_SRC, MAP_SRC],
    );
    assert.deepEqual(
      embeds.toArray().map((element) => $(element).attr("data-embed-title")),
      ["A talk on representation learning", "Embedded video from vimeo.com", "Map of the venue"],
    );
    assert.deepEqual(
      embeds
        .find("button.embed-load[hidden]")
        .toArray()
        .map((element) => $(element).text()),
      [
        "Load the video from youtube.com",
        "Load the video from vimeo.com",
        "Load the map from google.com",
      ],
    );
    assert.deepEqual(
      embeds
        .find("a.embed-link")
        .toArray()
        .map((element) => $(element).attr("href")),
      ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871", MAP_SRC],
    );
    assert.deepEqual(
      embeds
        .find(".embed-frame")
        .toArray()
        .map((element) => $(element).attr("style")),
      ["aspect-ratio: 560 / 315", "aspect-ratio: 640 / 360", "aspect-ratio: 600 / 450"],
    );
    for (const element of embeds.toArray()) {
      assert.equal($(element).attr("data-embed-loading"), "lazy");
    }
  });

  test("the build warned about the iframe without a title, at its line", () => {
    assert.match(
      site.output,
      /1 warning \[html\/embed-title\]: iframe has no title, so screen readers announce it as "Embedded video from vimeo\.com"/,
    );
    assert.match(site.output, /content\/blog\/old-blog-embeds\/index\.md:18:1\b/);
  });

  test("the tweet is a static quote with its author, date and link, and no script", () => {
    assert.equal($("script[src]").length, 1, "only the site's own reader script");
    assert.doesNotMatch($.html(), /platform\.twitter\.com|twitter-tweet/);
    const post = $(".post-body figure.social-post");
    assert.equal(post.length, 1);
    assert.match(
      post.find("blockquote").text(),
      /^Embeddings of everything, and a link to the slides$/,
    );
    assert.equal(
      post.find("figcaption").text(),
      "\u2014 Jane Doe (@janedoe) on Twitter, April 22, 2020",
    );
    assert.equal(post.find("figcaption a").attr("href"), TWEET_URL);
    assert.equal(post.find("figcaption time").attr("datetime"), "2020-04-22");
  });

  test("details, inline elements and the local video pass through", () => {
    assert.equal($(".post-body details > summary").text(), "Show the derivation");
    assert.equal($(".post-body details > p strong").text(), "the negative log-likelihood");
    for (const selector of ["kbd", "sub", "sup", "mark", "abbr[title]", "ins", "del", "br"]) {
      assert.ok($(`.post-body ${selector}`).length > 0, selector);
    }
    // gatsby-remark-copy-linked-files copied the video and pointed the element at the copy.
    const video = $(".post-body video").attr("src") ?? "";
    assert.match(video, /^\/[0-9a-f]{32}\/clip\.mp4$/);
    assert.ok(fs.existsSync(path.join(site.publicFolder, video)), video);
  });

  test("_headers lets the site frame exactly the sites it embeds", () => {
    const rules = parseHeadersFile(
      fs.readFileSync(path.join(site.publicFolder, "_headers"), "utf8"),
    );
    for (const address of [EMBEDS_SLUG, "/"]) {
      const policy = headersForPath(rules, address)["content-security-policy"] ?? "";
      const frameSrc = /(?:^|; )frame-src ([^;]*)/.exec(policy)?.[1]?.split(" ");
      assert.deepEqual(frameSrc, EMBED_ORIGINS, address);
    }
  });

  test("the feed carries the links and the quote, without placeholders' buttons", () => {
    const rss = load(fs.readFileSync(path.join(site.publicFolder, "rss.xml"), "utf8"), {
      xml: true,
    });
    const body = load(rss("item").first().children("content\\:encoded").text(), null, false);
    assert.equal(body("iframe, script, button").length, 0);
    assert.equal(body("a.embed-link").length, 3);
    assert.equal(body("figure.social-post figcaption a").attr("href"), TWEET_URL);
  });
});

describe("a post with a script does not build", () => {
  const root = createFixtureProject("unsafe-html", [
    {
      folder: "unsafe",
      markdown: postMarkdown(
        { title: "Unsafe", date: "2021-01-01" },
        'Hello <a href="#" onclick="steal()">there</a>.\n\n<script>steal()</script>\n',
      ),
    },
  ]);
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test("npm run build stops before Gatsby, naming both places", () => {
    const { status, output } = runBuildScript(root);
    assert.equal(status, 1, output);
    assert.match(
      output,
      /^content\/blog\/unsafe\/index\.md:6:19: error: `onclick` runs JavaScript.*\[html\/event-handler\]$/m,
    );
    assert.match(
      output,
      /^content\/blog\/unsafe\/index\.md:8:1: error: a <script> in a post is never published.*\[html\/script\]$/m,
    );
    assert.ok(!fs.existsSync(path.join(root, "public", "unsafe")), "the post was published");
  });
});
